<#-- Form 8-K current report announcing the offering and filing the closing set as exhibits. -->
<#assign issuer = deal.issuer>
<#assign agent = deal.placement_agent>
<#assign o = deal.offering>
<#-- The filing's exhibit lists have no header row: an empty one keeps the Markdown a table. -->
<#macro exhibitTable>
| | |
|---|---|
<#list exhibits as ex>
| Exhibit ${ex.number} | ${ex.description} |
</#list>
</#macro>
<#-- The filing links back to its table of contents at each page break of the original. -->
<#macro contentsLink>
[Table of Contents](#table-of-contents)
</#macro>
<#-- The cover is the SEC's form: its heading block centered (a center directive, in which a bullet
     list is a row: state, file number and IRS number side by side over their captions), check boxes
     for the four communications, and the items the form gained later (form_8k in kit.yaml). One
     directive pair for the whole block: a directive's words would part the filing's sentences. -->
<#assign cover = deal.form_8k!{}>
<#assign box = (cover.communications)!{}>
<#function checked flag><#return flag?then("☒", "☐")></#function>
<!-- closingset: center -->

**UNITED STATES\
SECURITIES AND EXCHANGE COMMISSION\
WASHINGTON, D.C. 20549**

# FORM 8-K

## CURRENT REPORT

Pursuant to Section 13 or 15 (d) of the Securities Exchange Act of 1934

Date of Report (Date of earliest event reported) ${w.date(deal.dates.report)}

**${issuer.name?upper_case}**\
(Exact name of registrant as specified in its charter)

- ${issuer.state_of_incorporation}\
  (State or other jurisdiction\
  of incorporation)
- ${issuer.commission_file_number}\
  (Commission file number)
- ${issuer.employer_id}\
  (I.R.S. Employer\
  Identification No.)

${issuer.address.street}, ${issuer.address.city}, ${issuer.address.state} ${issuer.address.postal_code}\
(Address of principal executive offices) (Zip Code)

${issuer.phone}\
(Registrant’s telephone number, including area code)

<!-- closingset: end -->

Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the filing obligation of the registrant under any of the following provisions:

${checked(box.rule_425!false)} Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)

${checked(box.rule_14a_12!false)} Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)

${checked(box.rule_14d_2b!false)} Precommencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))

${checked(box.rule_13e_4c!false)} Precommencement communications pursuant to Rule 13e-4(c) under the Exchange Act (17 CFR 240.13e-4(c))

<#if cover.section_12b??>
Securities registered pursuant to Section 12(b) of the Act:

<#assign classes = cover.section_12b.other_classes>
<#if cover.section_12b.exchange?? || classes?has_content>
| Title of each class | Trading Symbol(s) | Name of each exchange on which registered |
|---|:-:|---|
<#if cover.section_12b.exchange??>
| Common Stock, par value ${w.money(o.par_value)} per share | ${issuer.ticker} | ${cover.section_12b.exchange} |
</#if>
<#list classes as class>
| ${class.title} | ${class.trading_symbol} | ${class.exchange} |
</#list>
<#else>
None.
</#if>

</#if>
<#if cover.emerging_growth_company??>
Indicate by check mark whether the registrant is an emerging growth company as defined in Rule 405 of the Securities Act of 1933 (§230.405 of this chapter) or Rule 12b-2 of the Securities Exchange Act of 1934 (§240.12b-2 of this chapter).

Emerging growth company ${checked(cover.emerging_growth_company)}

If an emerging growth company, indicate by check mark if the registrant has elected not to use the extended transition period for complying with any new or revised financial accounting standards provided pursuant to Section 13(a) of the Exchange Act. ${checked(cover.extended_transition_opt_out!false)}

</#if>
---

## TABLE OF CONTENTS

- Item 1.01 Entry Into a Material Definitive Agreement.
<#if deal.results??>
- Item 2.02 Results of Operations and Financial Condition.
</#if>
- Item 8.01 Other Events.
- Item 9.01 Financial Statements and Exhibits.
- SIGNATURE
- EXHIBIT INDEX
<#list exhibits?filter(ex -> ex.partOf == "") as ex>
- Ex-${ex.number} ${ex.title}
</#list>

<@contentsLink/>

## Section 1 — Registrant’s Business and Operations

### Item 1.01 Entry Into a Material Definitive Agreement.

On ${w.date(deal.dates.pricing)}, ${issuer.name}, a ${issuer.state_of_incorporation} ${issuer.entity_type} (the “Company”), entered into a Placement Agency Agreement (the “Placement Agency Agreement”), with ${agent.name}<#if agent.short_name != agent.name> (“${agent.short_name}”)</#if>, as placement agent, relating to the issuance and sale by the Company of ${w.number(o.shares)} shares of common stock of the Company, par value ${w.money(o.par_value)} per share (“Common Stock”), <#if deal.warrant??>and warrants to purchase ${w.number(figures.warrant_shares)} shares of Common Stock at an initial exercise price of ${w.money(o.exercise_price)} per share (“Warrants”) </#if>to the signatories to the Subscription Agreements (as defined below) at a price of ${w.money(o.price_per_unit)} per <#if deal.warrant??>unit<#else>share</#if>.
<#if deal.warrant??>
The ${w.words(o.warrant_term_years)}-year Warrants are immediately exercisable, and will include anti-dilution provisions subject to certain limitations.
</#if>
A copy of the Placement Agency Agreement is attached hereto as Exhibit ${exhibit["ex-1.1-placement-agency-agreement"].number} to this report and is incorporated herein by reference.
<#if deal.warrant??>
A copy of the form of Warrant is attached hereto as Exhibit ${exhibit["ex-4.1-warrant"].number} to this report and is incorporated herein by reference.
The description of the Warrants is a summary only and is qualified in its entirety by reference to Exhibit ${exhibit["ex-4.1-warrant"].number}.
</#if>

In connection with the offering, the Company entered into subscription agreements, dated ${w.date(deal.dates.pricing)} (the “Subscription Agreements”), between the Company and the investor signatories thereto.
The form of Subscription Agreement is attached hereto as Exhibit ${exhibit["ex-10.1-subscription"].number} to this report and is incorporated herein by reference.

${agent.short_name} acted as placement agent for the offering and will receive placement fees equal to ${w.percent(o.placement_fee)} of the gross proceeds of the offering.

<#if deal.financial_advisor??>
${deal.financial_advisor.short_name} will receive a financial advisory fee equal to ${w.percent(o.advisory_fee)} of the gross proceeds of the offering.
</#if>

The Company is making the issuance and sale pursuant to a shelf registration statement on Form ${deal.registration.form} (Registration No. ${deal.registration.number}) declared effective by the Securities and Exchange Commission on ${w.date(deal.registration.effective_date)}.

<#if deal.results??>
## Section 2 — Financial Information

### Item 2.02 Results of Operations and Financial Condition.

On ${w.date(deal.dates.announcement)}, the Company issued a press release regarding its preliminary ${w.ordinalWord(deal.results.quarter)} quarter fiscal ${deal.results.fiscal_year} operating results.
A copy of the press release is attached hereto as Exhibit ${exhibit["ex-99.2-press-release-results"].number} to this report and is incorporated by reference herein.
</#if>

## Section 8 — Other Events

### Item 8.01 Other Events.

<#list deal.other_events as section>
**${section.heading}**

<#list section.paragraphs as paragraph>
${paragraph}

</#list>
</#list>
<@contentsLink/>

**Other**

On ${w.date(deal.dates.announcement)}, the Company issued a press release with respect to the pricing of its offer and sale of Common Stock<#if deal.warrant??> and Warrants</#if>.
A copy of the press release is attached hereto as Exhibit ${exhibit["ex-99.1-press-release-offering"].number} to this report and is incorporated by reference herein.

## Section 9 — Financial Statements and Exhibits

### Item 9.01 Financial Statements and Exhibits.

(a) Not applicable.

(b) Not applicable.

(c) Not applicable.

(d) Exhibits.

<@exhibitTable/>

<@contentsLink/>

## SIGNATURE

Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.

**${issuer.name?upper_case}**\
(Registrant)

Date: ${w.date(deal.dates.report)}

By: /s/ ${deal.signatories.report.name}\
${deal.signatories.report.title}

---

## EXHIBIT INDEX

<@exhibitTable/>
