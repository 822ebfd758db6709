<#-- Exhibit 10.1: the Form of Subscription Agreement, with the investor signature page and
     Exhibit A (DWAC settlement). Rendered once as the filed form (blanks where investor data goes)
     and once per investor with `investor` set (that investor's subscription, filled in). -->
<#import "parties.ftl" as parties>
<#import "era-and-state.ftl" as era>
<#assign issuer = deal.issuer>
<#assign agent = deal.placement_agent>
<#assign o = deal.offering>
<#assign s = deal.subscription>
<#-- A blank of the form (a value, so that a line holding only a blank keeps its line break) and,
     in an investor's subscription, what the investor fills in instead. -->
<#assign blank = "____________________">
<#macro fill><#if investor??><#nested><#else>${blank}</#if></#macro>
<#-- How the deal rounds a fraction of a warrant share, in words. -->
<#macro rounding><#switch o.warrant_rounding><#case "down">rounded down to the nearest whole number<#break><#case "up">rounded up to the nearest whole number<#break><#default>rounded to the nearest whole number, with one-half rounded up</#switch></#macro>
# Subscription Terms

${issuer.name}\
${issuer.address.street}\
${issuer.address.city}, ${issuer.address.state} ${issuer.address.postal_code}

Ladies and Gentlemen:

The undersigned (the “*Investor*”) hereby confirms and agrees with you as follows:

**1.** The subscription terms set forth herein (the “*Subscription*”) are made as of the date set forth below between ${issuer.name}, a ${issuer.state_of_incorporation} ${issuer.entity_type} (the “*Company*”), and the Investor.

**2.** As of the Closing (as defined below) and subject to the terms and conditions hereof, the Company and the Investor agree that the Investor will purchase from the Company and the Company will issue and sell to the Investor <#if deal.warrant??>(i) such number of shares (the “*Shares*”) of common stock, par value ${w.money(o.par_value)} per share, of the Company (the “*Common Stock*”), and (ii) such number of Warrants to purchase Common Stock (the “*Warrants*” in the form attached hereto as Exhibit B, and together with the Shares, the “*Securities*”) as is set forth on the signature page hereto (the “*Signature Page*”) for a purchase price of ${w.money(o.price_per_unit)} per unit.<#else>such number of shares (the “*Shares*” or the “*Securities*”) of common stock, par value ${w.money(o.par_value)} per share, of the Company (the “*Common Stock*”) as is set forth on the signature page hereto (the “*Signature Page*”) for a purchase price of ${w.money(o.price_per_unit)} per share.</#if>
The Investor acknowledges that the offering is not a firm commitment underwriting and that there is no minimum offering amount.

**3.** The completion of the purchase and sale of the Securities shall occur at a closing (the “*Closing*”) that, in accordance with Rule 15c6-1 promulgated under the Securities Exchange Act of 1934, as amended, is expected to occur on or about ${w.date(deal.dates.closing)}.
At the Closing, (a) the Company shall cause its transfer agent to release to the Investor the number of Securities being purchased by the Investor and (b) the aggregate purchase price for the Securities being purchased by the Investor will be delivered by or on behalf of the Investor to the Company.
The Investor shall settle the Shares <#if deal.escrow_agent??>via Deposit/Withdrawal At Custodian (“*DWAC*”)<#else>delivery versus payment through The Depository Trust Company</#if> and the provisions set forth in Exhibit A hereto shall be incorporated herein by reference as if set forth fully herein.

**4.** The offering and sale of the Securities are being made pursuant to the Registration Statement and the Prospectus (as such terms are defined below).
The Investor acknowledges that the Company intends to enter into subscriptions in substantially the same form as this Subscription with certain other investors and intends to offer and sell (the “*Offering*”) up to an aggregate of ${w.number(o.shares)} shares of Common Stock<#if deal.warrant??> and Warrants to purchase ${w.number(figures.warrant_shares)} shares of Common Stock</#if> pursuant to the Registration Statement and Prospectus.
The Investor acknowledges and agrees that there is no minimum offering amount.

**5.** The Company has filed with the Securities and Exchange Commission (the “*Commission*”) a prospectus (the “*Base Prospectus*”) and will promptly file a final prospectus supplement (collectively, the “*Prospectus*”) with respect to the registration statement (File No. ${deal.registration.number}) reflecting the Offering, including all amendments thereto, the exhibits and any schedules thereto, the documents otherwise deemed to be a part thereof or included therein by the rules and regulations of the Commission (the “*Rules and Regulations*”) and any registration statement relating to the Offering and filed pursuant to Rule 462(b) under the Rules and Regulations (collectively, the “*Registration Statement*”), in conformity with the Securities Act of 1933, as amended (the “*Securities Act*”), including Rule 424(b) thereunder.
The Investor hereby confirms that it has had full access to the Base Prospectus and the Company’s periodic reports and other information incorporated by reference therein, and was able to read, review, download and print such materials.

**6.** The Company has entered into a Placement Agency Agreement (the “*Placement Agreement*”), dated ${w.date(deal.dates.pricing)} with ${agent.name} (the “*Placement Agent*”), which will act as the Company’s placement agent with respect to the Offering and receive a fee in connection with the sale of the Securities.
The Placement Agreement contains certain representations and warranties of the Company.
The Company acknowledges and agrees that the Investor may rely on the representations and warranties made by it to the Placement Agent in Section 3 of the Placement Agreement, to the same extent as if such representations and warranties had been incorporated in full herein and made directly to the Investor.
Capitalized terms used, but not otherwise defined, herein shall have the meanings ascribed to such terms in the Placement Agreement.

**7.** The obligations of the Company and the Investor to complete the transactions contemplated by this Subscription shall be subject to the following:

a. The Company’s obligation to issue and sell the Securities to the Investor shall be subject to: (i) the receipt by the Company of the purchase price for the Securities being purchased hereunder as set forth on the Signature Page and (ii) the accuracy of the representations and warranties made by the Investor and the fulfillment of those undertakings of the Investor to be fulfilled prior to the Closing Date.

b. The Investor’s obligation to purchase the Securities will be subject to the condition that the Placement Agent shall not have: (i) terminated the Placement Agreement pursuant to the terms thereof or (ii) determined that the conditions to closing in the Placement Agreement have not been satisfied.

**8.** The Company hereby makes the following representations, warranties and covenants to the Investor:

a. The Company has the requisite corporate power and authority to enter into and to consummate the transactions contemplated by this Subscription and otherwise to carry out its obligations hereunder.
The execution and delivery of this Subscription by the Company and the consummation by it of the transactions contemplated hereunder have been duly authorized by all necessary action on the part of the Company.
This Subscription has been duly executed by the Company and, when delivered in accordance with the terms hereof, will constitute the valid and binding obligation of the Company enforceable against the Company in accordance with its terms, except as may be limited by any bankruptcy, insolvency, reorganization, moratorium, fraudulent conveyance or other similar laws affecting the enforcement of creditors’ rights generally or by general principles of equity.

b. The Company shall (i) before the opening of trading on ${issuer.listing_market} on the next trading day after the date hereof, issue one or more press releases disclosing all material aspects of the transactions contemplated hereby<#if deal.results??> and any preliminary financial information for the ${w.ordinalWord(deal.results.quarter)} quarter ended ${w.date(deal.results.period_end)} contained in the Prospectus</#if> and (ii) make such other filings and notices in the manner and time required by the Commission with respect to the transactions contemplated hereby.
Upon the issuance of one or more press releases described in the immediately preceding sentence, the Investor will not be in receipt of any material, non-public information provided to it by the Company, its officers or directors.
The Company shall not identify the Investor by name in any press release or public filing, or otherwise publicly disclose the Investor’s name, without the Investor’s prior written consent, unless required by law or the rules and regulations of any self-regulatory organization which the Company or its securities are subject.

**9.** The Investor hereby makes the following representations, warranties and covenants to the Company:

a. The Investor represents that (i) it has had full access to the Base Prospectus, the Prospectus Supplement and the Company’s periodic reports and other information incorporated by reference therein, prior to or in connection with its receipt of this Subscription, (ii) it is knowledgeable, sophisticated and experienced in making, and is qualified to make, decisions with respect to investments in securities representing an investment decision like that involved in the purchase of the Securities, and (iii) it does not have any agreement or understanding, directly or indirectly, with any person or entity to distribute any of the Securities.

b. The Investor has the requisite power and authority to enter into this Subscription and to consummate the transactions contemplated hereby.
The execution and delivery of this Subscription by the Investor and the consummation by it of the transactions contemplated hereunder have been duly authorized by all necessary action on the part of the Investor.
This Subscription has been executed by the Investor and, when delivered in accordance with the terms hereof, will constitute a valid and binding obligation of the Investor enforceable against the Investor in accordance with its terms, except as enforceability may be limited by applicable bankruptcy, insolvency, reorganization, moratorium or similar laws affecting creditors’ and contracting parties’ rights generally and except as enforceability may be subject to general principles of equity (regardless of whether such enforceability is considered in a proceeding in equity or at law).

c. The Investor understands that nothing in this Subscription or any other materials presented to the Investor in connection with the purchase and sale of the Securities constitutes legal, tax or investment advice.
The Investor has consulted such legal, tax and investment advisors as it, in its sole discretion, has deemed necessary or appropriate in connection with its purchase of Securities.

d. Neither the Investor nor any Person acting on behalf of, or pursuant to any understanding with or based upon any information received from, the Investor has, directly or indirectly, engaged in any transactions in the securities of the Company (including, without limitation, any Short Sales involving the Company’s securities) since the earlier to occur of (i) the time that the Investor was first contacted by the Placement Agent or the Company with respect to the transactions contemplated hereby and (ii) the date that is the ${w.ordinalWord(s.short_sale_lookback_trading_days)} (${w.ordinal(s.short_sale_lookback_trading_days)}) trading day prior to the date of this Subscription.
“Short Sales” include, without limitation, all “short sales” as defined in Rule 200 promulgated under Regulation SHO under the Securities Exchange Act of 1934, as amended (the “*Exchange Act*”), whether or not against the box, and all types of direct and indirect stock pledges, forward sale contracts, options, puts, calls, short sales, swaps, “put equivalent positions” (as defined in Rule 16a-1(h) under the Exchange Act) and similar arrangements (including on a total return basis), and sales and other transactions through non-U.S. broker dealers or foreign regulated brokers.
The Investor covenants that neither it, nor any Person acting on behalf of, or pursuant to any understanding with or based upon any information received from, the Investor will engage in any transactions in the securities of the Company (including Short Sales) prior to the time that the transactions contemplated by this Subscription are publicly disclosed.

e. The Investor represents that, except as set forth below, (i) it has had no position, office or other material relationship within the past ${w.words(s.affiliation_lookback_years)} year<#if s.affiliation_lookback_years != 1>s</#if> with the Company or persons known to it to be affiliates of the Company, (ii) it is not a, and it has no direct or indirect affiliation or association with any, ${era.sro} member or an Associated Person (as such term is defined under ${s.associated_person_rule}) as of the date hereof, and (iii) neither it nor any group of investors (as identified in a public filing made with the Commission) of which it is a member, acquired, or obtained the right to acquire, ${w.percent(s.control_threshold)} or more of the Common Stock (or securities convertible or exercisable for Common Stock) or the voting power of the Company on a post-transaction basis.
Exceptions:

${blank}

(If no exceptions, write “none.” If left blank, response will be deemed to be “none.”)

<#if deal.warrant??>
**10.** Notwithstanding anything to the contrary contained herein, the number of Warrant Shares that may be acquired by the Investor upon exercise of the Warrant shall be limited to the extent necessary to insure that, following such exercise (or other issuance), the total number of shares of Common Stock then beneficially owned by such Investor and its Affiliates and any other Persons whose beneficial ownership of Common Stock would be aggregated with the Investor’s for purposes of Section 13(d) of the Exchange Act, does not exceed ${w.percent(deal.warrant.maximum_percentage)} of the total number of issued and outstanding shares of Common Stock (including for such purpose the shares of Common Stock issuable upon such exercise).
For such purposes, beneficial ownership shall be determined in accordance with Section 13(d) of the Exchange Act and the rules and regulations promulgated thereunder.
<#else>
**10.** [Reserved].
</#if>

**11.** Notwithstanding any investigation made by any party to this Subscription, all covenants, agreements, representations and warranties made by the Company and the Investor herein will survive the execution of this Subscription, the delivery to the Investor of the Securities being purchased and the payment therefor.

**12.** This Subscription may not be modified or amended except pursuant to an instrument in writing signed by the Company and the Investor.

**13.** In case any provision contained in this Subscription should be invalid, illegal or unenforceable in any respect, the validity, legality and enforceability of the remaining provisions contained herein will not in any way be affected or impaired thereby.

**14.** This Subscription will be governed by, and construed in accordance with, the internal laws of the State of ${s.governing_law}, without giving effect to the principles of conflicts of law that would require the application of the laws of any other jurisdiction.

**15.** This Subscription may be executed in one or more counterparts, each of which will constitute an original, but all of which, when taken together, will constitute but one instrument, and will become effective when one or more counterparts have been signed by each party hereto and delivered to the other parties.

**16.** The Investor acknowledges and agrees that such Investor’s receipt of the Company’s counterpart to this Subscription shall constitute written confirmation of the Company’s sale of Securities to such Investor.

**17.** In the event that the Placement Agreement is terminated by the Placement Agent pursuant to the terms thereof, this Subscription shall terminate without any further action on the part of the parties hereto.

## INVESTOR SIGNATURE PAGE

Number of Shares: <@fill>${w.number(investor.shares)}</@fill>

<#if deal.warrant??>
Number of Warrants: <@fill>${w.number(investor.figures.warrant_shares)}</@fill>

(such number to be equal to ${w.percent(o.warrant_coverage)} of the number of Shares being purchased by the Investor, <@rounding/>)
</#if>

Purchase Price Per Security: ${w.money(o.price_per_unit)}

Aggregate Purchase Price: <#if investor??>${w.dollars(investor.figures.purchase_price)}<#else>$ ${blank}</#if>

Please confirm that the foregoing correctly sets forth the agreement between us by signing in the space provided below for that purpose.

Dated as of: ${w.date(deal.dates.pricing)}

**INVESTOR**<#if investor??>\
**${investor.name}**</#if>

<#if investor?? && investor.individual>
${blank}\
(Signature)
<#else>
By: ${blank}\
Print Name: <#if investor?? && investor.contact??>${investor.contact}<#else>${blank}</#if>\
Title: ${blank}
</#if>

Name that Securities are to be registered: <@fill>${investor.name}</@fill>

Mailing Address: <@fill>${parties.addressLine(investor.address)}</@fill>

Taxpayer Identification Number: ${blank}

Manner of Settlement of the Shares: <#if deal.escrow_agent??>DWAC<#else>delivery versus payment (DVP)</#if> (see Exhibit A for explanation and instructions)

Agreed and Accepted this ${w.dayOfMonthDate(deal.dates.pricing)}:

**${issuer.name?upper_case}**

By: ${blank}\
Title: ${blank}

Sales of the Securities purchased hereunder were made pursuant to a registration statement or in a transaction in which a final prospectus would have been required to have been delivered in the absence of Rule 172 promulgated under the Securities Act.

## EXHIBIT A

**TO BE COMPLETED BY INVESTOR**

**<#if deal.escrow_agent??>SETTLING VIA DWAC<#else>SETTLING DELIVERY VERSUS PAYMENT</#if>**

Delivery by electronic book-entry at The Depository Trust Company (“*DTC*”), registered in the Investor’s name and address as set forth on the Signature Page of the Subscription to which this Exhibit A is attached, and released by ${s.transfer_agent}, the Company’s transfer agent (the “*Transfer Agent*”), to the Investor at the Closing<#if !deal.escrow_agent??>, against payment of the aggregate purchase price for the Securities being purchased by the Investor</#if>.

Name of DTC Participant (broker-dealer at which the account or accounts to be credited with the Shares are maintained)\
${blank}

DTC Participant Number\
${blank}

Name of Account at DTC Participant being credited with the Shares\
${blank}

Account Number at DTC Participant being credited with the Shares\
${blank}

**NO LATER THAN ${w.words(s.dwac_business_days)?upper_case} (${w.number(s.dwac_business_days)}) BUSINESS <#if s.dwac_business_days == 1>DAY<#else>DAYS</#if> AFTER THE EXECUTION OF THE SUBSCRIPTION TO WHICH THIS EXHIBIT A IS ATTACHED BY THE INVESTOR AND THE COMPANY, THE INVESTOR SHALL:**

<#if deal.escrow_agent??>
(I) DIRECT THE BROKER-DEALER AT WHICH THE ACCOUNT OR ACCOUNTS TO BE CREDITED WITH THE SHARES ARE MAINTAINED TO SET UP A DEPOSIT/WITHDRAWAL AT CUSTODIAN (“*DWAC*”) INSTRUCTING THE TRANSFER AGENT TO CREDIT SUCH ACCOUNT OR ACCOUNTS WITH THE SHARES, AND
<#else>
(I) NOTIFY THE PLACEMENT AGENT OF THE DTC PARTICIPANT AND THE ACCOUNT OR ACCOUNTS TO BE CREDITED WITH THE SHARES, AS SET FORTH ABOVE, AND
</#if>

<#if deal.escrow_agent??>
(II) REMIT BY WIRE TRANSFER THE AMOUNT OF FUNDS EQUAL TO THE AGGREGATE PURCHASE PRICE FOR THE SECURITIES BEING PURCHASED BY THE INVESTOR TO THE FOLLOWING ACCOUNT:

${s.escrow_account.bank}\
ABA#: ${s.escrow_account.aba_number}\
Account Name: ${s.escrow_account.account_name}\
Account #: ${s.escrow_account.account_number}
<#else>
(II) DIRECT THAT BROKER-DEALER TO SETTLE THE PURCHASE OF THE SHARES WITH ${deal.placement_agent.name?upper_case} DELIVERY VERSUS PAYMENT AT DTC ON THE CLOSING DATE, AND TO HAVE FUNDS EQUAL TO THE AGGREGATE PURCHASE PRICE FOR THE SECURITIES BEING PURCHASED BY THE INVESTOR AVAILABLE IN THAT ACCOUNT FOR THAT SETTLEMENT.
</#if>

<#if deal.escrow_agent??>
Such funds shall be held in a non-interest bearing escrow pursuant to an escrow agreement entered into between ${deal.escrow_agent.name} (the “*Escrow Agent*”), the Placement Agent and the Company (the “*Escrow Agreement*”) until the Closing and delivered by the Escrow Agent on behalf of the Investor to the Company upon the satisfaction, in the sole judgment of the Placement Agent, of the conditions set forth in Section 7(b) of the Subscription to which this Exhibit A is attached.
The Company and the Investor agree to indemnify and hold the Escrow Agent harmless from and against any and all losses, costs, damages, expenses and claims (including, without limitation, court costs and reasonable attorneys fees) (“*Losses*”) with respect to the funds held in escrow pursuant hereto or arising under the Escrow Agreement, unless it is finally determined that such Losses resulted directly from the willful misconduct or gross negligence of the Escrow Agent.
Anything in this paragraph to the contrary notwithstanding, in no event shall the Escrow Agent be liable for any special, indirect or consequential loss or damage of any kind whatsoever (including but not limited to lost profits), even if the Escrow Agent has been advised of the likelihood of such loss or damage and regardless of the form of action.

</#if>

<#-- The filing's escrow agent is also the placement agent's counsel; an independent one needs no waiver. -->
<#if deal.escrow_agent?? && deal.escrow_agent.name == deal.placement_agreement.agent_counsel>
Investor acknowledges that the Escrow Agent acts as counsel to the Placement Agent, and shall have the right to continue to represent the Placement Agent, in any action, proceeding, claim, litigation, dispute, arbitration or negotiation in connection with the Offering, and Investor hereby consents thereto and waives any objection to the continued representation of the Placement Agent by the Escrow Agent in connection therewith based upon the services of the Escrow Agent under the Escrow Agreement, without waiving any duty or obligation the Escrow Agent may have to any other person.

</#if>
<#if deal.warrant??>
## EXHIBIT B

**FORM OF WARRANT**
<#if investor??>

Warrant No. ${investor.figures.warrant_number}
</#if>
</#if>
