<#-- What every press release of the set shares: dateline, About paragraph, trademarks, contact. -->
<#macro dateline>${deal.issuer.address.city?upper_case}, ${deal.issuer.address.state_abbreviation}—(${deal.press.wire}) — ${w.shortDate(deal.dates.announcement)} — ${deal.issuer.name}, (${deal.issuer.website}; ${deal.issuer.market}: ${deal.issuer.ticker}),</#macro>

<#macro about>
## About ${deal.issuer.short_name}

${deal.issuer.name} (${deal.issuer.website}; ${deal.issuer.market}: ${deal.issuer.ticker}) ${deal.issuer.about}

<#assign marks = deal.issuer.trademarks>
<#list marks as mark>“${mark}”<#if mark?index == marks?size - 2> and <#elseif mark?has_next>, </#if></#list> <#if marks?size == 1>is a registered trademark<#else>are registered trademarks</#if> of ${w.endOfSentence(deal.issuer.name)} All other trademarks mentioned are the property of their respective owners.
</#macro>

<#macro cautions>
Forward-looking statements may be identified by words such as “expects,” “objective,” “intend,” “targeted,” “plan” and similar phrases.
These forward-looking statements are subject to numerous assumptions, risks and uncertainties.
Actual results could vary significantly based on a variety of factors, including factors described in <#nested>. ${deal.issuer.brief_name} cautions readers not to place undue reliance on these forward-looking statements, which speak only as of the date of this release. ${deal.issuer.brief_name} undertakes no obligation, and specifically disclaims any obligation, to release any revisions to any forward-looking statements to reflect events or circumstances after the date of this release or to reflect the occurrence of unanticipated events.
</#macro>

<#macro contact>
Source: ${deal.issuer.name}\
Contact: ${deal.issuer.name}\
${deal.press.contact_name}, ${deal.press.contact_phone}
</#macro>
