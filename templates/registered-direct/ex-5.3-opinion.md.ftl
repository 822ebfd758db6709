<#-- Exhibit 5.3: company counsel's opinion on the securities sold off the shelf, with its consent
     (Exhibit 23.3), on the firm's letterhead. The base prospectus is dated the day the registration
     statement was declared effective unless opinion.prospectus_date says otherwise; the prospectus
     supplement is dated the day of pricing. -->
<#assign counsel = deal.company_counsel>
<#assign office = counsel.address>
<#assign letterhead = deal.opinion.letterhead>
<#assign issuer = deal.issuer>
<#assign o = deal.offering>
<#assign reg = deal.registration>
<#assign prospectusDate = deal.opinion.prospectus_date!reg.effective_date>
<#-- The letterhead directive: the firm's name large and centered, its offices a bullet list, set side by
     side under it in small type; the rule under it (---) ends it, with no word of its own. -->
<!-- closingset: letterhead -->

**${counsel.name}**

- <#if letterhead.building??>${letterhead.building}\
  </#if>${office.street}\
  ${office.city}, ${office.state} ${office.postal_code}\
  ${letterhead.phone}<#if letterhead.fax??>\
  Fax: ${letterhead.fax}</#if><#if letterhead.website??>\
  ${letterhead.website}</#if>
<#list letterhead.other_offices as other>
- ${other.street}\
  ${other.city}, ${other.state} ${other.postal_code}\
  ${other.phone}
</#list>

---

${w.date(deal.opinion.date)}

${issuer.name}\
${issuer.address.street}\
${issuer.address.city}, ${deal.opinion.addressee_state} ${issuer.address.postal_code}

Re: Registration Statement on Form ${reg.form} (No. ${reg.number})

Ladies and Gentlemen:

We have acted as counsel to ${issuer.name}, a ${issuer.state_of_incorporation} ${issuer.entity_type} (the “Company”), in connection with the offering and sale by the Company of ${w.number(o.shares)} shares of its common stock, par value ${w.money(o.par_value)} per share (the “Common Stock”)<#if deal.warrant??> and warrants to purchase ${w.number(figures.warrant_shares)} shares of Common Stock (the “Warrant Shares”) (such warrants, together with the Common Stock, the “Securities”)<#else> (the “Securities”)</#if> pursuant to a Registration Statement on Form ${reg.form} (Registration Number ${reg.number}) (the “Registration Statement”) under the Securities Act of 1933, as amended (the “Securities Act”), and a related prospectus, dated as of ${w.date(prospectusDate)} (the “Prospectus”), and a prospectus supplement, dated as of ${w.date(deal.dates.pricing)} (the “Prospectus Supplement”).
The Securities are to be issued pursuant to Subscription Agreements relating to a registered direct offering pursuant to which the Company will sell ${w.number(o.shares)} shares of Common Stock<#if deal.warrant??> and warrants to purchase ${w.number(figures.warrant_shares)} shares of Common Stock</#if> to certain investors.

In connection with this opinion, we have examined and relied upon such records, documents and other instruments as in our judgment are necessary and appropriate in order to express the opinions hereinafter set forth and have assumed the genuineness of all signatures, the authenticity of all documents submitted to us as originals, and the conformity to original documents of all documents submitted to us as certified or photostatic copies.

Based upon the foregoing, we are of the opinion that the Securities, when issued and delivered in the manner and on the terms described in the Subscription Agreements, will be validly issued, fully paid and non-assessable.
<#if deal.warrant??>The Warrant Shares have been duly authorized and when issued pursuant to the warrant will be validly issued, fully paid and non-assessable.</#if>

We hereby consent to the filing of this opinion with the Securities and Exchange Commission as Exhibit ${exhibit["ex-5.3-opinion"].number} to the Registration Statement.
We also consent to the reference to this firm under the caption “Legal Matters” in the Prospectus and the Prospectus Supplement.
This consent is not to be construed as an admission that we are a party whose consent is required to be filed with the Registration Statement under the provisions of the Securities Act or the rules and regulations of the Securities and Exchange Commission promulgated thereunder.

Very truly yours,

/s/ ${counsel.name}
