<#-- Exhibit 99.2: the press release with the quarter's preliminary results. -->
<#import "press-release.ftl" as release>
<#assign issuer = deal.issuer>
<#assign r = deal.results>
<#assign quarter = w.ordinalWord(r.quarter)>
<#assign beat = figures.revenueVsConsensus gt 0>
<#assign cashFell = figures.cashChange lt 0>
FOR IMMEDIATE RELEASE

# ${issuer.shortName} Announces Preliminary ${quarter?cap_first} Quarter Fiscal ${r.fiscalYear} Operating Results

<@release.dateline/> today reported that it expects its fiscal ${quarter} quarter ${r.fiscalYear} revenue to <#if beat>exceed<#else>fall short of</#if> analysts' consensus. The company said it expects revenue for the quarter of approximately ${w.millions(r.revenue)}, <#if beat>exceeding<#else>compared with</#if> analysts' consensus estimate of ${w.millions(r.consensusRevenue)}. This estimate reflects <#if figures.revenueGrowth lt 0>a decrease<#else>an increase</#if> of approximately ${w.percent(figures.revenueGrowth?abs)} over the revenue recorded for the previous quarter ended ${w.date(r.priorPeriodEnd)} of ${w.millions(r.priorRevenue)}.

The company also expects its cash and cash equivalents balance to <#if cashFell>decrease<#else>increase</#if> by approximately ${w.millions(figures.cashChange?abs)} to ${w.millions(r.cash)} as of ${w.date(r.periodEnd)}, from the ${w.millions(r.priorCash)} balance at ${w.date(r.priorPeriodEnd)}.<#if r.cashCommentary??> ${r.cashCommentary}</#if> <#if cashFell>However, upon<#else>Upon</#if> successful closing of the equity offering also announced today, the company expects a cash and cash equivalents balance of approximately ${w.millions(figures.proFormaCash)}.

In addition, the company expects its backlog to <#if figures.backlogGrowth lt 0>decline<#else>improve</#if> to ${w.millions(r.backlog)}, or <#if figures.backlogGrowth lt 0>a decrease<#else>an increase</#if> of ${w.percent(figures.backlogGrowth?abs)}, from the ${w.millions(r.priorBacklog)} as of ${w.date(r.priorPeriodEnd)}.

“${r.quote.said},” said ${r.quote.speaker}, ${r.quote.speakerTitle} of ${w.endOfSentence(issuer.name)}<#if r.quote.added??> “${r.quote.added},” added ${r.quote.speakerLastName}.</#if>

The information set forth above is estimated and is subject to change. The company is currently finalizing its financial statements for the ${quarter} quarter ended ${w.date(r.periodEnd)}. Complete results for that quarter will be announced at the close of the market on ${w.weekdayDate(r.fullResultsDate)}. The company also will hold a live conference call and webcast to discuss its financial results. Any investor or interested individual can listen to the webcast, which is scheduled to begin at ${w.time(r.call.start, r.call.timeZone, r.fullResultsDate)} (${w.timeIn(r.call.start, r.call.timeZone, r.fullResultsDate, r.call.alsoIn)}) on ${w.date(r.fullResultsDate)}, by logging on the company's investor relations webpage at ${issuer.website}. A replay of the webcast will be available on the site for ${r.call.replayDays} days.

<@release.about/>

This press release contains “forward-looking statements,” as that term is used in the federal securities laws, with regard to its financial results for the ${quarter} quarter ended ${w.date(r.periodEnd)}. <@release.cautions>${issuer.briefName}’s filings with the Securities and Exchange Commission, which may cause ${issuer.briefName}’s actual results to be materially different from any future results expressed or implied in such statements</@release.cautions>

<@release.contact/>
