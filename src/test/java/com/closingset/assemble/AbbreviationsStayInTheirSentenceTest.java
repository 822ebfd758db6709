package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A period that closes an abbreviation, an initial, a number or a clause label does not end the
 * sentence: each of these sentences, from the closing sets, stays on one line.
 */
class AbbreviationsStayInTheirSentenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The Company entered into an agreement with A.G. Edwards & Sons, Inc. (“A.G. Edwards”), as placement agent.",
            "A.G. Edwards acted as placement agent for the offering.",
            "The Company is making the sale under a registration statement on Form S-3 (Registration No. 333-128164) declared effective.",
            "Warrant Nos. W-1 through W-5 are issued today.",
            "Capstone Turbine is a member of the U.S. Environmental Protection Agency's Combined Heat and Power Partnership.",
            "The Holder shall be a person on the list of the Office of Foreign Assets Control of the U.S. Treasury Department (the “OFAC List”).",
            "Such payment shall be made as provided in Section 6(a) hereof.",
            "The purchase price is $1.14 per unit and the exercise price $1.30 per share.",
            "Lakeshore Opportunity Fund, L.P. Marcus Lindqvist signs for it.",
            "Funds are due at or prior to 5:00 p.m. (New York City time) on the Closing Date.",
            "The call is scheduled to begin at 9:30 a.m. MDT (11:30 a.m. EDT) on Tuesday.",
            "Notices go to Attention: Albert F. Bender, III, facsimile number (314) 955-6996.",
            "Print Name: Walter J. McBride",
            "Notices go to Lowenstein Sandler PC, Attention: Michael D. Maline, Esq., facsimile number (973) 422-6873.",
            "A.G. Edwards & Sons, Inc., One North Jefferson Avenue, St. Louis, Missouri 63103 is the agent.",
            "Bank of the West, N.A. Escrow Services holds the funds.",
            "The Company's wholly owned subsidiary, Capstone Turbine Co. Ltd. International, is not a party.",
            "This is a sentence with an example, e.g. Warrants, and a restatement, i.e. Warrant Shares.",
            "Mr. Jamison, Ms. Raman and Dr. Whitcombe were present.",
            "**4. Exercise and Duration of Warrant.**",
            "**8. \\[Reserved\\].**",
            "a. The Company shall deliver the Shares.",
            "(b) The Investor acknowledges its receipt of the Prospectus.",
            "SECURITIES AND EXCHANGE COMMISSION, WASHINGTON, D.C. 20549",
            "(I.R.S. Employer Identification No.)",
    })
    void staysOnOneLine(String sentence) {
        assertThat(SentenceLines.split(sentence)).isEqualTo(sentence);
    }

    @Test
    void aSentenceEndingInASectionNumberEndsAfterIt() {
        assertThat(SentenceLines.split("Payment is made as provided in Section 6(a). Notwithstanding the foregoing, nothing is due."))
                .isEqualTo("Payment is made as provided in Section 6(a).\nNotwithstanding the foregoing, nothing is due.");
    }

    @Test
    void aSentenceStillEndsAfterACompanysSuffixWhenTheNextWordOpensASentence() {
        assertThat(SentenceLines.split("“StackFlow” is a registered trademark of Northwind Hydrogen Systems, Inc. "
                + "All other trademarks mentioned are the property of their respective owners."))
                .isEqualTo("“StackFlow” is a registered trademark of Northwind Hydrogen Systems, Inc.\n"
                        + "All other trademarks mentioned are the property of their respective owners.");
    }

    @Test
    void aWordThatMerelyEndsLikeAnAbbreviationEndsItsSentence() {
        // ICU4J's filter matches "F." at the end of "PDF." and "No." at the end of "CASINO."; only whole words count.
        assertThat(SentenceLines.split("The set is filed as a PDF. The binder follows. GO TO THE CASINO. Then stop."))
                .isEqualTo("The set is filed as a PDF.\nThe binder follows.\nGO TO THE CASINO.\nThen stop.");
    }

    @Test
    void aSentenceEndingInAnAbbreviationWithInnerPeriodsEndsBeforeAnOpeningWord() {
        assertThat(SentenceLines.split("The offering closes at 5:00 p.m. The Company will then issue the Shares."))
                .isEqualTo("The offering closes at 5:00 p.m.\nThe Company will then issue the Shares.");
    }
}
