<#-- Exhibit 99.1: the press release announcing the offering. -->
<#import "press-release.ftl" as release>
<#assign issuer = deal.issuer>
<#assign agent = deal.placement_agent>
<#assign o = deal.offering>
FOR IMMEDIATE RELEASE

# ${issuer.short_name} Announces Equity Offering

<#if deal.warrant??>
<@release.dateline/> today announced an offering pursuant to its shelf registration of common stock and warrants at an offering price of ${w.money(o.price_per_unit)} per unit in which it will issue ${w.number(o.shares)} shares of common stock and warrants to purchase ${w.number(figures.warrant_shares)} shares of common stock.
The ${w.words(o.warrant_term_years)}-year warrants will be immediately exercisable at an exercise price of ${w.money(o.exercise_price)} per share.
<#else>
<@release.dateline/> today announced an offering pursuant to its shelf registration of ${w.number(o.shares)} shares of common stock at an offering price of ${w.money(o.price_per_unit)} per share.
</#if>
The financing is expected to close on or about ${w.date(deal.dates.closing)}, subject to the satisfaction of customary closing conditions.

The Company intends to use the net proceeds from the transaction for general corporate purposes, which may include, but are not limited to, working capital and capital expenditures.
The net proceeds to the Company from the offering are expected to be approximately ${w.millions(figures.net_proceeds_approx)}.

${agent.short_name} acted as placement agent for the offering<#if deal.financial_advisor??> and ${deal.financial_advisor.short_name} acted as financial advisor</#if>.

A registration statement relating to these securities was filed with and has been declared effective by the Securities and Exchange Commission.
This press release shall not constitute an offer to sell or the solicitation of an offer to buy nor shall there be any sale of these securities in any jurisdiction in which such offer, solicitation or sale would be unlawful.
Any offer will be made only by means of a prospectus, including a prospectus supplement, forming a part of the effective registration statement.
Copies of the final prospectus supplement together with the accompanying prospectus can be obtained at the SEC’s website at <http://www.sec.gov> or from ${agent.name} at ${agent.address.street}, ${agent.address.city}, ${agent.address.state} ${agent.address.postal_code}, ${agent.phone}.

<@release.about/>

This press release contains “forward-looking statements,” as that term is used in the federal securities laws, with regard to consummation of the financing and the anticipated use of proceeds. <@release.cautions>${issuer.brief_name}’s recent filings with the Securities and Exchange Commission</@release.cautions>

<@release.contact/>
