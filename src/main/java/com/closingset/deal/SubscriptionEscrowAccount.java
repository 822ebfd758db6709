package com.closingset.deal;

import java.util.regex.Pattern;

/**
 * The account, held by the escrow agent, to which investors wire the purchase price (Exhibit A of the
 * subscription agreement).
 *
 * @param bank          the bank that keeps the account
 * @param abaNumber     its nine-digit ABA routing number
 * @param accountName   the account's name
 * @param accountNumber the account's number
 */
public record SubscriptionEscrowAccount(String bank, String abaNumber, String accountName, String accountNumber) {
    private static final Pattern ABA = Pattern.compile("[0-9]{9}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z-]{4,34}");

    static SubscriptionEscrowAccount read(YamlMapping m) throws DealException {
        String bank = m.text("bank");
        String aba = m.text("aba_number").strip();
        if (!ABA.matcher(aba).matches()) {
            throw m.error("aba_number", "expected a nine-digit ABA routing number in quotes like \"031207607\", got " + YamlMapping.quote(aba));
        }
        String name = m.text("account_name");
        String number = m.text("account_number").strip();
        if (!ACCOUNT.matcher(number).matches()) {
            throw m.error("account_number", "expected an account number of digits and letters in quotes like \"8025720131\", got "
                    + YamlMapping.quote(number));
        }
        SubscriptionEscrowAccount account = new SubscriptionEscrowAccount(bank, aba, name, number);
        m.finish();
        return account;
    }
}
