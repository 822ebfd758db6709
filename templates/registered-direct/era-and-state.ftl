<#-- Words that come from the deal's era and its issuer's state, never from one deal: import it as `era`. -->
<#-- The self-regulatory organization: the deal's own choice, else FINRA from July 30, 2007, when the NASD became it. -->
<#assign sro = deal.offering.self_regulatory_organization!figures.self_regulatory_organization>
<#assign sroName = {"NASD": "National Association of Securities Dealers, Inc.", "FINRA": "Financial Industry Regulatory Authority, Inc."}[sro]>
<#-- The charter, as the corporation law of the state of incorporation names it. -->
<#assign charter = {"Delaware": "Certificate of Incorporation", "New York": "Certificate of Incorporation",
    "Nevada": "Articles of Incorporation", "California": "Articles of Incorporation", "Florida": "Articles of Incorporation",
    "Texas": "Certificate of Formation"}[deal.issuer.state_of_incorporation]>
<#-- "the NASD" takes its article; "FINRA" does not. -->
<#assign theSro = (sro == "NASD")?then("the NASD", "FINRA")>
<#assign sroDefined = (sro == "NASD")?then("the “NASD”", "“FINRA”")>
