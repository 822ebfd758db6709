<#-- Exhibit 4.1: the Form of Warrant, with its Exercise Notice and Form of Assignment. Rendered once
     as the form filed with the 8-K (blanks where the holder's particulars go) and once per investor,
     with "investor" set, as that investor's numbered warrant. -->
<#import "parties.ftl" as parties>
<#assign issuer = deal.issuer>
<#assign o = deal.offering>
<#assign terms = deal.warrant>
<#assign notices = terms.notices>
<#-- The holder's particulars in a numbered warrant; the filing's blank in the form. -->
<#macro fill><#if investor??><#nested><#else>\_\_\_\_\_\_\_\_\_\_</#if></#macro>
**${issuer.name?upper_case}**

# WARRANT

Warrant No. <@fill>${investor.figures.warrant_number}</@fill>

Original Issue Date: ${w.date(deal.dates.closing)}
<#if investor??>

Registered Holder: ${investor.name}\
Address: ${parties.addressLine(investor.address)}\
Warrant Shares: ${w.number(investor.figures.warrant_shares)}
</#if>

${issuer.name?upper_case}, a ${issuer.state_of_incorporation} ${issuer.entity_type} (the “**Company**”), hereby certifies that, for value received, <@fill>${investor.name}</@fill> or its permitted registered assigns (the “**Holder**”), is entitled to purchase from the Company up to a total of <@fill>${w.number(investor.figures.warrant_shares)}</@fill> shares of common stock, ${w.money(o.par_value)} par value (the “**Common Stock**”), of the Company (each such share, a “**Warrant Share**” and all such shares, the “**Warrant Shares**”) at an exercise price equal to ${w.money(o.exercise_price)} per share (as adjusted from time to time as provided herein, the “**Exercise Price**”), at any time and from time to time on or after the date hereof (the “**Original Issue Date**”) and through and including ${w.date(figures.warrant_expiration)} (the “**Expiration Date**”), and subject to the following terms and conditions:

This Warrant is being issued pursuant to that certain Subscription Agreement, dated ${w.date(deal.dates.pricing)}, by and between the Company and the Purchaser identified therein (the “**Purchase Agreement**”).
The original issuance of the Warrant by the Company pursuant to the Purchase Agreement has been registered pursuant to a Registration Statement on Form ${deal.registration.form} (File No. ${deal.registration.number}) (the “**Registration Statement**”).

**1. Definitions.**
In addition to the terms defined elsewhere in this Warrant, capitalized terms that are not otherwise defined herein have the meanings given to such terms in the Purchase Agreement.

**2. List of Warrant Holders.**
The Company shall register this Warrant, upon records to be maintained by the Company for that purpose (the “**Warrant Register**”), in the name of the record Holder (which shall include the initial Holder or, as the case may be, any registered assignee to which this Warrant is permissibly assigned hereunder from time to time).
The Company may deem and treat the registered Holder of this Warrant as the absolute owner hereof for the purpose of any exercise hereof or any distribution to the Holder, and for all other purposes, absent actual notice to the contrary.

**3. List of Transfers; Restrictions on Transfer.**
The Company shall register any such transfer of all or any portion of this Warrant in the Warrant Register, upon surrender of this Warrant, with the Form of Assignment attached hereto duly completed and signed, to the Company at its address specified herein.

Upon any such registration or transfer, a new Warrant to purchase Common Stock, in substantially the form of this Warrant (any such new Warrant, a “**New Warrant**”), evidencing the portion of this Warrant so transferred shall be issued to the transferee and a New Warrant evidencing the remaining portion of this Warrant not so transferred, if any, shall be issued to the transferring Holder.
The acceptance of the New Warrant by the transferee thereof shall be deemed the acceptance by such transferee of all of the rights and obligations in respect of the New Warrant that the Holder has in respect of this Warrant.

**4. Exercise and Duration of Warrant.**

(a) All or any part of this Warrant shall be exercisable by the registered Holder in any manner permitted by Section 10 of this Warrant at any time and from time to time on or after the Original Issue Date and through and including the Expiration Date.
Subject to Section 11 hereof, at ${w.timeOfDay(terms.expiration_time)}, ${terms.local_time}, on the Expiration Date, the portion of this Warrant not exercised prior thereto shall be and become void and of no value and this Warrant shall be terminated and no longer outstanding.
In addition, if cashless exercise would be permitted under Section 10(b) of this Warrant, then all or part of this Warrant may be exercised by the registered Holder utilizing such cashless exercise provisions at any time, or from time to time, on or after the Original Issue Date and through and including the Expiration Date.

(b) The Holder may exercise this Warrant by delivering to the Company (i) an exercise notice, in the form attached hereto (the “**Exercise Notice**”), completed and duly signed, and (ii) if such Holder is not utilizing the cashless exercise provisions set forth in this Warrant, payment of the Exercise Price for the number of Warrant Shares as to which this Warrant is being exercised.
The date such items are delivered to the Company (as determined in accordance with the notice provisions hereof) is an “**Exercise Date.**”
The Holder shall not be required to deliver the original Warrant in order to effect an exercise hereunder.
Execution and delivery of the Exercise Notice shall have the same effect as cancellation of the original Warrant and issuance of a New Warrant evidencing the right to purchase the remaining number of Warrant Shares.

**5. Delivery of Warrant Shares.**

(a) Upon exercise of this Warrant, the Company shall promptly (but in no event later than ${w.countInWords(terms.delivery_trading_days, "Trading Day")} after the Exercise Date) issue or cause to be issued and cause to be delivered to or upon the written order of the Holder and in such name or names as the Holder may designate, a certificate for the Warrant Shares issuable upon such exercise, free of restrictive legends.

The Holder, or any Person permissibly so designated by the Holder to receive Warrant Shares, shall be deemed to have become the holder of record of such Warrant Shares as of the Exercise Date.
The Company shall, upon the written request of the Holder, use its best efforts to deliver, or cause to be delivered, Warrant Shares hereunder electronically through the Depository Trust and Clearing Corporation or another established clearing corporation performing similar functions, if available; provided, that, the Company may, but will not be required to, change its transfer agent if its current transfer agent cannot deliver Warrant Shares electronically through the Depository Trust and Clearing Corporation.

(b) If by the close of the ${w.ordinalWord(terms.delivery_trading_days)} Trading Day after delivery of an Exercise Notice and the payment of the aggregate exercise price, the Company fails to deliver to the Holder a certificate representing the required number of Warrant Shares in the manner required pursuant to Section 5(a), and if after such ${w.ordinalWord(terms.delivery_trading_days)} Trading Day and prior to the receipt of such Warrant Shares, the Holder purchases (in an open market transaction or otherwise) shares of Common Stock to deliver in satisfaction of a sale by the Holder of the Warrant Shares which the Holder anticipated receiving upon such exercise (a “**Buy-In**”), then the Company shall, within ${w.countInWords(terms.buy_in_trading_days, "Trading Day")} after the Holder’s request and in the Holder’s sole discretion, either (i) pay in cash to the Holder an amount equal to the Holder’s total purchase price (including brokerage commissions, if any) for the shares of Common Stock so purchased (the “**Buy-In Price**”), at which point the Company’s obligation to deliver such certificate (and to issue such Warrant Shares) shall terminate or (ii) promptly honor its obligation to deliver to the Holder a certificate or certificates representing such Warrant Shares and pay cash to the Holder in an amount equal to the excess (if any) of the Buy-In Price over the product of (A) such number of Warrant Shares, times (B) the closing bid price on the date of the event giving rise to the Company’s obligation to deliver such certificate.

(c) To the extent permitted by law, the Company’s obligations to issue and deliver Warrant Shares in accordance with the terms hereof are absolute and unconditional, irrespective of any action or inaction by the Holder to enforce the same, any waiver or consent with respect to any provision hereof, the recovery of any judgment against any Person or any action to enforce the same, or any setoff, counterclaim, recoupment, limitation or termination, or any breach or alleged breach by the Holder or any other Person of any obligation to the Company or any violation or alleged violation of law by the Holder or any other Person, and irrespective of any other circumstance that might otherwise limit such obligation of the Company to the Holder in connection with the issuance of Warrant Shares.
Nothing herein shall limit a Holder’s right to pursue any other remedies available to it hereunder, at law or in equity including, without limitation, a decree of specific performance and/or injunctive relief with respect to the Company’s failure to timely deliver certificates representing shares of Common Stock upon exercise of the Warrant as required pursuant to the terms hereof.

**6. Charges, Taxes and Expenses.**
Issuance and delivery of certificates for shares of Common Stock upon exercise of this Warrant shall be made without charge to the Holder for any issue or transfer tax, withholding tax, transfer agent fee or other incidental tax or expense in respect of the issuance of such certificates, all of which taxes and expenses shall be paid by the Company; *provided, however,* that the Company shall not be required to pay any tax that may be payable in respect of any transfer involved in the registration of any certificates for Warrant Shares or the Warrants in a name other than that of the Holder.
The Holder shall be responsible for all other tax liability that may arise as a result of holding or transferring this Warrant or receiving Warrant Shares upon exercise hereof.

**7. Replacement of Warrant.**
If this Warrant is mutilated, lost, stolen or destroyed, the Company shall issue or cause to be issued in exchange and substitution for and upon cancellation hereof, or in lieu of and substitution for this Warrant, a New Warrant, but only upon receipt of evidence reasonably satisfactory to the Company of such loss, theft or destruction and customary and reasonable indemnity (which shall not include a surety bond), if requested.
Applicants for a New Warrant under such circumstances shall also comply with such other reasonable regulations and procedures and pay such other reasonable third-party costs as the Company may prescribe.
If a New Warrant is requested as a result of a mutilation of this Warrant, then the Holder shall deliver such mutilated Warrant to the Company as a condition precedent to the Company’s obligation to issue the New Warrant.

**8. Reservation of Warrant Shares.**
The Company covenants that it will at all times reserve and keep available out of the aggregate of its authorized but unissued and otherwise unreserved Common Stock, solely for the purpose of enabling it to issue Warrant Shares upon exercise of this Warrant as herein provided, the number of Warrant Shares that are then issuable and deliverable upon the exercise of this entire Warrant, free from preemptive rights or any other contingent purchase rights of persons other than the Holder (taking into account the adjustments and restrictions of Section 9).
The Company covenants that all Warrant Shares so issuable and deliverable shall, upon issuance and the payment of the applicable Exercise Price in accordance with the terms hereof, be duly and validly authorized, issued and fully paid and nonassessable.

**9. Certain Adjustments.**
The Exercise Price and number of Warrant Shares issuable upon exercise of this Warrant are subject to adjustment from time to time as set forth in this Section 9.

(a) Stock Dividends and Splits.
If the Company, at any time while this Warrant is outstanding, (i) pays a stock dividend on its Common Stock or otherwise makes a distribution on any class of capital stock that is payable in shares of Common Stock, (ii) subdivides outstanding shares of Common Stock into a larger number of shares, or (iii) combines outstanding shares of Common Stock into a smaller number of shares, then in each such case the Exercise Price shall be multiplied by a fraction of which the numerator shall be the number of shares of Common Stock outstanding immediately before such event and of which the denominator shall be the number of shares of Common Stock outstanding immediately after such event.
Any adjustment made pursuant to clause (i) of this paragraph shall become effective immediately after the record date for the determination of stockholders entitled to receive such dividend or distribution, and any adjustment pursuant to clause (ii) or (iii) of this paragraph shall become effective immediately after the effective date of such subdivision or combination.

(b) Pro Rata Distributions.
If the Company, at any time while this Warrant is outstanding, distributes to all holders of Common Stock for no consideration (i) evidences of its indebtedness, (ii) any security (other than a distribution of Common Stock covered by the preceding paragraph), (iii) rights or warrants to subscribe for or purchase any security, or (iv) any other asset (in each case, “**Distributed Property**”), then, upon any exercise of this Warrant that occurs after the record date fixed for determination of stockholders entitled to receive such distribution, the Holder shall be entitled to receive, in addition to the Warrant Shares otherwise issuable upon such exercise (if applicable), the Distributed Property that such Holder would have been entitled to receive in respect of such number of Warrant Shares had the Holder been the record holder of such Warrant Shares immediately prior to such record date.

(c) Fundamental Transactions.
If, at any time while this Warrant is outstanding (i) the Company effects any merger or consolidation of the Company with or into another Person, in which the shareholders of the Company immediately prior to the transaction own less than a majority of the outstanding stock of the surviving entity, (ii) the Company effects any sale of all or substantially all of its assets in one or a series of related transactions, (iii) any tender offer or exchange offer approved or authorized by our Board of Directors is completed pursuant to which holders of Common Stock are permitted to tender or exchange their shares for other securities, cash or property, or (iv) the Company effects any reclassification of the Common Stock or any compulsory share exchange pursuant to which the Common Stock is effectively converted into or exchanged for other securities, cash or property (each, a “**Fundamental Transaction**”), then the Holder shall have the right thereafter to receive, upon exercise of this Warrant, the same amount and kind of securities, cash or property as it would have been entitled to receive upon the occurrence of such Fundamental Transaction if it had been, immediately prior to such Fundamental Transaction, the holder of the number of Warrant Shares then issuable upon exercise in full of this Warrant (the “**Alternate Consideration**”).
The Company shall not effect any such Fundamental Transaction unless prior to or simultaneously with the consummation thereof, any successor to the Company, surviving entity or the corporation purchasing or otherwise acquiring such assets or other appropriate corporation or entity shall assume the obligation to deliver to the Holder, such Alternate Consideration as, in accordance with the foregoing provisions, the Holder may be entitled to purchase, and the other obligations under this Warrant.
The provisions of this paragraph (c) shall similarly apply to subsequent transactions analogous to a Fundamental Transaction.

(d) Number of Warrant Shares.
Simultaneously with any adjustment to the Exercise Price pursuant to paragraph (a) of this Section 9, the number of Warrant Shares that may be purchased upon exercise of this Warrant shall be increased or decreased proportionately, so that after such adjustment the aggregate Exercise Price payable hereunder for the adjusted number of Warrant Shares shall be the same as the aggregate Exercise Price in effect immediately prior to such adjustment.

(e) Subsequent Equity Sales.

(i) Except as provided in subsection (e)(iii) hereof, if and whenever the Company shall issue or sell, or is, in accordance with any of subsections (e)(ii)(1) through (e)(ii)(4) hereof, deemed to have issued or sold, any shares of Common Stock for no consideration or for a consideration per share less than the Exercise Price in effect immediately prior to the time of such issue or sale, then and in each such case (a “**Trigger Issuance**”) the then-existing Exercise Price shall be reduced, as of the close of business on the effective date of the Trigger Issuance, to a price determined as follows:

> *Adjusted Exercise Price* = ((*A* × *B*) + *D*) ÷ (*A* + *C*)

where

“*A*” equals the number of shares of Common Stock outstanding, including Additional Shares of Common Stock (as defined below) deemed to be issued hereunder, immediately preceding such Trigger Issuance;

“*B*” equals the Exercise Price in effect immediately preceding such Trigger Issuance;

“*C*” equals the number of Additional Shares of Common Stock issued or deemed issued hereunder as a result of the Trigger Issuance; and

“*D*” equals the aggregate consideration, if any, received or deemed to be received by the Company upon such Trigger Issuance; *provided, however*, that in no event shall the Exercise Price after giving effect to such Trigger Issuance be greater than the Exercise Price immediately prior to such Trigger Issuance.

For purposes of this subsection (e), “**Additional Shares of Common Stock**” shall mean all shares of Common Stock issued by the Company or deemed to be issued pursuant to this subsection (e), other than Excluded Issuances (as defined in subsection (e)(iii) hereof).

(ii) For purposes of this subsection 9(e), the following subsections (e)(ii)(1) to (e)(ii)(4) shall also be applicable:

(1) Issuance of Rights or Options.
In case at any time the Company shall in any manner grant (directly and not by assumption in a merger or otherwise) any warrants or other rights to subscribe for or to purchase, or any options for the purchase of, Common Stock or any stock or security convertible into or exchangeable for Common Stock (such warrants, rights or options being called “Options” and such convertible or exchangeable stock or securities being called “Convertible Securities”), whether or not such Options or the right to convert or exchange any such Convertible Securities are immediately exercisable, and the price per share for which Common Stock is issuable upon the exercise of such Options or upon the conversion or exchange of such Convertible Securities (determined by dividing (i) the sum (which sum shall constitute the applicable consideration) of (x) the total amount, if any, received or receivable by the Company as consideration for the granting of such Options, plus (y) the aggregate amount of additional consideration payable to the Company upon the exercise of all such Options, plus (z), in the case of such Options that relate to Convertible Securities, the aggregate amount of additional consideration, if any, payable upon the issue or sale of such Convertible Securities and upon the conversion or exchange thereof, by (ii) the total maximum number of shares of Common Stock issuable upon the exercise of such Options or upon the conversion or exchange of all such Convertible Securities issuable upon the exercise of such Options) shall be less than the Exercise Price in effect immediately prior to the time of the granting of such Options, then the total number of shares of Common Stock issuable upon the exercise of such Options or upon conversion or exchange of the total amount of such Convertible Securities issuable upon the exercise of such Options shall be deemed to have been issued for such price per share as of the date of granting of such Options or the issuance of such Convertible Securities and thereafter shall be deemed to be outstanding for purposes of adjusting the Exercise Price.
Except as otherwise provided in subsection 9(e)(ii)(3), no adjustment of the Exercise Price shall be made upon the actual issue of such Common Stock or of such Convertible Securities upon exercise of such Options or upon the actual issue of such Common Stock upon conversion or exchange of such Convertible Securities.

(2) Issuance of Convertible Securities.
In case the Company shall in any manner issue (directly and not by assumption in a merger or otherwise) or sell any Convertible Securities, whether or not the rights to exchange or convert any such Convertible Securities are immediately exercisable, and the price per share for which Common Stock is issuable upon such conversion or exchange (determined by dividing (i) the sum (which sum shall constitute the applicable consideration) of (x) the total amount received or receivable by the Company as consideration for the issue or sale of such Convertible Securities, plus (y) the aggregate amount of additional consideration, if any, payable to the Company upon the conversion or exchange thereof, by (ii) the total number of shares of Common Stock issuable upon the conversion or exchange of all such Convertible Securities) shall be less than the Exercise Price in effect immediately prior to the time of such issue or sale, then the total maximum number of shares of Common Stock issuable upon conversion or exchange of all such Convertible Securities shall be deemed to have been issued for such price per share as of the date of the issue or sale of such Convertible Securities and thereafter shall be deemed to be outstanding for purposes of adjusting the Exercise Price, provided that (a) except as otherwise provided in subsection 9(e)(ii)(3), no adjustment of the Exercise Price shall be made upon the actual issuance of such Common Stock upon conversion or exchange of such Convertible Securities and (b) no further adjustment of the Exercise Price shall be made by reason of the issue or sale of Convertible Securities upon exercise of any Options to purchase any such Convertible Securities for which adjustments of the Exercise Price have been made pursuant to the other provisions of subsection 9(e).

(3) Change in Option Price or Conversion Rate.
Upon the happening of any of the following events, namely, if the purchase price provided for in any Option referred to in subsection 9(e)(ii)(1) hereof, the additional consideration, if any, payable upon the conversion or exchange of any Convertible Securities referred to in subsections 9(e)(ii)(1) or 9(e)(ii)(2), or the rate at which Convertible Securities referred to in subsections 9(e)(ii)(1) or 9(e)(ii)(2) are convertible into or exchangeable for Common Stock shall change at any time (including, but not limited to, changes under or by reason of provisions designed to protect against dilution), the Exercise Price in effect at the time of such event shall forthwith be readjusted to the Exercise Price that would have been in effect at such time had such Options or Convertible Securities still outstanding provided for such changed purchase price, additional consideration or conversion rate, as the case may be, at the time initially granted, issued or sold.
On the termination of any Option for which any adjustment was made pursuant to this subsection 9(e) or any right to convert or exchange Convertible Securities for which any adjustment was made pursuant to this subsection 9(e) (including without limitation upon the redemption or purchase for consideration of such Convertible Securities by the Company), the Exercise Price then in effect hereunder shall forthwith be changed to the Exercise Price that would have been in effect at the time of such termination had such Option or Convertible Securities, to the extent outstanding immediately prior to such termination, never been issued.

(4) Consideration for Stock.
In case any shares of Common Stock, Options or Convertible Securities shall be issued or sold for cash, the consideration received therefor shall be deemed to be the gross amount received by the Company therefor.
In case any shares of Common Stock, Options or Convertible Securities shall be issued or sold for a consideration other than cash, the amount of the consideration other than cash received by the Company shall be deemed to be the fair value of such consideration as determined in good faith by the Board of Directors of the Company.
In case any Options shall be issued in connection with the issue and sale of other securities of the Company, together comprising one integral transaction in which no specific consideration is allocated to such Options by the parties thereto, such Options shall be deemed to have been issued for such consideration as determined in good faith by the Board of Directors of the Company.
If Common Stock, Options or Convertible Securities shall be issued or sold by the Company and, in connection therewith, other Options or Convertible Securities (the “**Additional Rights**”) are issued, then the consideration received or deemed to be received by the Company shall be reduced by the fair market value of the Additional Rights (as determined using the Black-Scholes option pricing model or another method mutually agreed to by the Company and the Holder).
The Board of Directors of the Company shall respond promptly, in writing, to an inquiry by the Holders as to the fair market value of the Additional Rights.
In the event that the Board of Directors of the Company and the Holder are unable to agree upon the fair market value of the Additional Rights, the Company and the Holder shall jointly select an appraiser, who is experienced in such matters.
The decision of such appraiser shall be final and conclusive, and the cost of such appraiser shall be borne evenly by the Company and the Holder.

(iii) Notwithstanding the foregoing, no adjustment will be made under this paragraph (e) in respect of: (i) the issuance of securities upon the exercise or conversion of any Common Stock or Common Stock Equivalents issued by the Company prior to the date hereof, (ii) the grant of options, warrants, Common Stock or other Common Stock Equivalents (but not including any amendments to such instruments) under any duly authorized Company stock option, restricted stock plan or stock purchase plan, whether now existing or hereafter approved by the Company and its stockholders, and the issuance of Common Stock in respect thereof, (iii) the issuance of securities in connection with a Strategic Transaction, (iv) the issuance of securities to vendors, or (v) the issuance of securities in a transaction described in Section 9(a) or 9(b).
For purposes of this paragraph, a “**Strategic Transaction**” means a transaction or relationship in which (1) the Company issues shares of Common Stock to a Person that the Board of Directors of the Company determined in good faith is, itself or through its Subsidiaries, an operating company in a business synergistic with the business of the Company (or a shareholder thereof) and (2) the Company expects to receive benefits in addition to the investment of funds, but shall not include (x) a transaction in which the Company is issuing securities primarily for the purpose of raising capital or to a Person whose primary business is investing in securities or (y) issuances to lenders.

(iv) Upon any adjustment to the Exercise Price pursuant to Section 9(e)(i) above, the number of Warrant Shares purchasable hereunder shall be adjusted by multiplying such number by a fraction, the numerator of which shall be the Exercise Price in effect immediately prior to such adjustment and the denominator of which shall be the Exercise Price in effect immediately thereafter.
This provision shall not restrict the number of shares of Common Stock that a Holder may receive or beneficially own in order to determine the amount of securities or other consideration that such Holder may receive in the event of a transaction contemplated by Section 9 of this Warrant.
Notwithstanding any other provisions in this Section 9 to the contrary, if a reduction in the Exercise Price pursuant to Section 9(e)(i) would require the Company to obtain stockholder approval of the transactions contemplated by the Purchase Agreement pursuant to ${terms.stockholder_approval_rule} and such stockholder approval has not been obtained, (i) the Exercise Price shall be reduced to the maximum extent that would not require stockholder approval under such Rule, and (ii) the Company shall use its commercially reasonable efforts to obtain such stockholder approval as soon as reasonably practicable, including by calling a special meeting of stockholders to vote on such Exercise Price adjustment.

(f) Calculations.
All calculations under this Section 9 shall be made to the nearest cent or the nearest 1/100th of a share, as applicable.
The number of shares of Common Stock outstanding at any given time shall not include shares owned or held by or for the account of the Company, and the disposition of any such shares shall be considered an issue or sale of Common Stock.

(g) Notice of Adjustments.
Upon the occurrence of each adjustment pursuant to this Section 9, the Company at its expense will, at the written request of the Holder, promptly compute such adjustment in accordance with the terms of this Warrant and prepare a certificate setting forth such adjustment, including a statement of the adjusted Exercise Price and adjusted number or type of Warrant Shares or other securities issuable upon exercise of this Warrant (as applicable), describing the transactions giving rise to such adjustments and showing in detail the facts upon which such adjustment is based.
Upon written request, the Company will promptly deliver a copy of each such certificate to the Holder and to the Company’s Transfer Agent.

(h) Notice of Corporate Events.
If, while this Warrant is outstanding, the Company (i) declares a dividend or any other distribution of cash, securities or other property in respect of its Common Stock, including without limitation any granting of rights or warrants to subscribe for or purchase any capital stock of the Company or any Subsidiary, (ii) authorizes or approves, enters into any agreement contemplating or solicits stockholder approval for any Fundamental Transaction or (iii) authorizes the voluntary dissolution, liquidation or winding up of the affairs of the Company, then, except if such notice and the contents thereof shall be deemed to constitute material non-public information, the Company shall deliver to the Holder a notice describing the material terms and conditions of such transaction at least ${w.count(terms.corporate_event_notice_trading_days, "Trading Day")} prior to the applicable record or effective date on which a Person would need to hold Common Stock in order to participate in or vote with respect to such transaction, and the Company will take all reasonable steps to give Holder the practical opportunity to exercise this Warrant prior to such time; *provided, however*, that the failure to deliver such notice or any defect therein shall not affect the validity of the corporate action required to be described in such notice.

**10. Payment of Exercise Price.** The Holder may pay the Exercise Price in one of the following manners:

(a) Cash Exercise. The Holder may deliver immediately available funds; or

(b) Cashless Exercise.
If an Exercise Notice is delivered at a time when the Registration Statement is not then effective, then the Holder shall notify the Company in an Exercise Notice of its election to utilize cashless exercise, in which event the Company shall issue to the Holder the number of Warrant Shares determined as follows:

> *X* = *Y* × (*A* − *B*) ÷ *A*

where:

*X* = the number of Warrant Shares to be issued to the Holder.

*Y* = the number of Warrant Shares with respect to which this Warrant is being exercised.

*A* = the Closing Price on the Trading Day immediately prior to the Exercise Date.

*B* = the Exercise Price.

**11. Limitations on Exercise.**
Notwithstanding anything to the contrary contained herein, the number of Warrant Shares that may be acquired by the Holder upon any exercise of this Warrant (or otherwise in respect hereof) shall be limited to the extent necessary to insure that, following such exercise (or other issuance), the total number of shares of Common Stock then beneficially owned by such Holder and its Affiliates and any other Persons whose beneficial ownership of Common Stock would be aggregated with the Holder’s for purposes of Section 13(d) of the Exchange Act, does not exceed ${w.percent(terms.maximum_percentage)} (the “**Maximum Percentage**”) of the total number of issued and outstanding shares of Common Stock (including for such purpose the shares of Common Stock issuable upon such exercise).
For such purposes, beneficial ownership shall be determined in accordance with Section 13(d) of the Exchange Act and the rules and regulations promulgated thereunder.
Each delivery of an Exercise Notice hereunder will constitute a representation by the Holder that it has evaluated the limitation set forth in this Section and determined that issuance of the full number of Warrant Shares requested in such Exercise Notice is permitted under this Section.
The Company’s obligation to issue shares of Common Stock in excess of the limitation referred to in this Section shall be suspended (and, except as provided below, shall not terminate or expire notwithstanding any contrary provisions hereof) until such time, if any, as such shares of Common Stock may be issued in compliance with such limitation; provided, that, if, as of ${w.timeOfDay(terms.expiration_time)}, ${terms.local_time}, on the Expiration Date, the Company has not received written notice that the shares of Common Stock may be issued in compliance with such limitation, the Company’s obligation to issue such shares shall terminate.
This provision shall not restrict the number of shares of Common Stock that a Holder may receive or beneficially own in order to determine the amount of securities or other consideration that such Holder may receive in the event of a Fundamental Transaction as contemplated in Section 9 of this Warrant.
This restriction may not be waived.

**12. No Fractional Shares.**
No fractional Warrant Shares will be issued in connection with any exercise of this Warrant.
In lieu of any fractional shares that would otherwise be issuable, the Company shall pay cash equal to the product of such fraction multiplied by the closing price of one Warrant Share as reported by the applicable Trading Market on the Exercise Date.

**13. Notices.**
Any and all notices or other communications or deliveries hereunder (including, without limitation, any Exercise Notice) shall be in writing and shall be deemed given and effective on the earliest of (i) the date of transmission, if such notice or communication is delivered via facsimile at the facsimile number specified in this Section at or prior to ${w.timeOfDay(notices.cutoff_time)} (${terms.local_time}) on a Trading Day, (ii) the next Trading Day after the date of transmission, if such notice or communication is delivered via facsimile at the facsimile number specified in this Section on a day that is not a Trading Day or later than ${w.timeOfDay(notices.cutoff_time)} (${terms.local_time}) on any Trading Day, (iii) the Trading Day following the date of mailing, if sent by nationally recognized overnight courier service, or (iv) upon actual receipt by the party to whom such notice is required to be given.
The addresses for such notices or communications shall be: if to the Company, to ${issuer.name}, ${issuer.address.street}, ${issuer.address.city}, ${issuer.address.state} ${issuer.address.postal_code}, Attention: ${notices.attention}, facsimile number ${notices.facsimile} (or such other address as the Company shall indicate in writing in accordance with this Section) or (ii) if to the Holder, to the address or facsimile number appearing on the Warrant Register (or such other address as the Company shall indicate in writing in accordance with this Section).

**14. Warrant Agent.**
The Company shall serve as warrant agent under this Warrant.
Upon ${w.number(terms.warrant_agent_notice_days)} <#if terms.warrant_agent_notice_days == 1>day’s<#else>days’</#if> notice to the Holder, the Company may appoint a new warrant agent.
Any corporation into which the Company or any new warrant agent may be merged or any corporation resulting from any consolidation to which the Company or any new warrant agent shall be a party or any corporation to which the Company or any new warrant agent transfers substantially all of its corporate trust or shareholders services business shall be a successor warrant agent under this Warrant without any further act.
Any such successor warrant agent shall promptly cause notice of its succession as warrant agent to be mailed (by first class mail, postage prepaid) to the Holder at the Holder’s last address as shown on the Warrant Register.

**15. Miscellaneous.**

(a) This Warrant shall be binding on and inure to the benefit of the parties hereto and their respective successors and assigns.
Subject to the preceding sentence, nothing in this Warrant shall be construed to give to any Person other than the Company and the Holder any legal or equitable right, remedy or cause of action under this Warrant.
This Warrant may be amended only in writing signed by the Company and the Holder, or their successors and assigns.

(b) All questions concerning the construction, validity, enforcement and interpretation of this Warrant shall be governed by and construed and enforced in accordance with the internal laws of the State of ${deal.subscription.governing_law}, without regard to the principles of conflicts of law thereof.
Each party agrees that all legal proceedings concerning the interpretations, enforcement and defense of this Warrant and the transactions herein contemplated (“**Proceedings**”) (whether brought against a party hereto or its respective Affiliates, employees or agents) shall be commenced exclusively in the ${deal.subscription.governing_law} Courts.
Each party hereto hereby irrevocably submits to the exclusive jurisdiction of the ${deal.subscription.governing_law} Courts for the adjudication of any dispute hereunder or in connection herewith or with any transaction contemplated hereby or discussed herein, and hereby irrevocably waives, and agrees not to assert in any Proceeding, any claim that it is not personally subject to the jurisdiction of any ${deal.subscription.governing_law} Court, or that such Proceeding has been commenced in an improper or inconvenient forum.
Each party hereto hereby irrevocably waives personal service of process and consents to process being served in any such Proceeding by mailing a copy thereof via registered or certified mail or overnight delivery (with evidence of delivery) to such party at the address in effect for notices to it under this Warrant and agrees that such service shall constitute good and sufficient service of process and notice thereof.
Nothing contained herein shall be deemed to limit in any way any right to serve process in any manner permitted by law.
Each party hereto hereby irrevocably waives, to the fullest extent permitted by applicable law, any and all right to trial by jury in any legal proceeding arising out of or relating to this Warrant or the transactions contemplated hereby.
If either party shall commence a Proceeding to enforce any provisions of this Warrant, then the prevailing party in such Proceeding shall be reimbursed by the other party for its attorney’s fees and other costs and expenses incurred with the investigation, preparation and prosecution of such Proceeding.

(c) The headings herein are for convenience only, do not constitute a part of this Warrant and shall not be deemed to limit or affect any of the provisions hereof.

(d) In case any one or more of the provisions of this Warrant shall be invalid or unenforceable in any respect, the validity and enforceability of the remaining terms and provisions of this Warrant shall not in any way be affected or impaired thereby and the parties will attempt in good faith to agree upon a valid and enforceable provision which shall be a commercially reasonable substitute therefore, and upon so agreeing, shall incorporate such substitute provision in this Warrant.

(e) Prior to exercise of this Warrant, the Holder hereof shall not, by reason of by being a Holder, be entitled to any rights of a stockholder with respect to the Warrant Shares.

IN WITNESS WHEREOF, the Company has caused this Warrant to be duly executed by its authorized officer as of the date first indicated above.

**${issuer.name?upper_case}**

By: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
Name:\
Title:

---

# EXERCISE NOTICE

**${issuer.name?upper_case}**

**WARRANT NO. <@fill>${investor.figures.warrant_number}</@fill> DATED ${w.date(deal.dates.closing)?upper_case}**

Ladies and Gentlemen:

(1) The undersigned hereby elects to exercise the above-referenced Warrant with respect to \_\_\_\_\_\_\_\_\_\_ shares of Common Stock.
Capitalized terms used herein and not otherwise defined herein have the respective meanings set forth in the Warrant.

(2) The Holder intends that payment of the Exercise Price shall be made as (check one):

\_\_\_\_\_ Cash Exercise under Section 10(a)

\_\_\_\_\_ Cashless Exercise under Section 10(b)

(3) If the Holder has elected a Cash Exercise, the holder shall pay the sum of $\_\_\_\_\_\_\_\_\_\_ to the Company in accordance with the terms of the Warrant.

(4) Pursuant to this Exercise Notice, the Company shall deliver to the Holder the number of Warrant Shares determined in accordance with the terms of the Warrant.

(5) By its delivery of this Exercise Notice, the undersigned represents and warrants to the Company that in giving effect to the exercise evidenced hereby the Holder will not beneficially own in excess of the number of shares of Common Stock (as determined in accordance with Section 13(d) of the Securities Exchange Act of 1934) permitted to be owned under Section 11 of this Warrant to which this notice relates.

HOLDER:

<#if investor??>${investor.name}<#else>\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_</#if>\
(Print name)

<#if investor?? && investor.individual>
\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
(Signature)
<#else>
By: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
Title: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
</#if>

---

**WARRANT ORIGINALLY ISSUED ${w.date(deal.dates.closing)?upper_case}\
WARRANT NO. <@fill>${investor.figures.warrant_number}</@fill>**

# FORM OF ASSIGNMENT

*To be completed and signed only upon transfer of Warrant*

FOR VALUE RECEIVED, the undersigned hereby sells, assigns and transfers unto \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ the right represented by the within Warrant to purchase \_\_\_\_\_\_\_\_\_\_ shares of Common Stock to which the within Warrant relates and appoints \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ attorney to transfer said right on the books of the Company with full power of substitution in the premises.

Dated: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_

TRANSFEROR:

\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
(Print Name)

By: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
Title: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_

TRANSFEREE:

\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
(Print Name)

\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
(Address of Transferee)

In the presence of:

\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
