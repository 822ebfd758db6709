<#-- Exhibit 99.2: the press release with the quarter's preliminary results. -->
<#import "press-release.ftl" as release>
<#assign issuer = deal.issuer>
<#assign r = deal.results>
<#assign quarter = w.ordinalWord(r.quarter)>
<#assign beat = figures.revenue_vs_consensus gt 0>
<#assign cashFell = figures.cash_change lt 0>
<#assign cashSame = figures.cash_change_published == 0>
FOR IMMEDIATE RELEASE

# ${issuer.short_name} Announces Preliminary ${quarter?cap_first} Quarter Fiscal ${r.fiscal_year} Operating Results

<@release.dateline/> today reported that it expects its fiscal ${quarter} quarter ${r.fiscal_year} revenue to <#if beat>exceed<#else>fall short of</#if> analysts’ consensus.
The company said it expects revenue for the quarter of approximately ${w.millions(r.revenue)}, <#if beat>exceeding<#else>compared with</#if> analysts’ consensus estimate of ${w.millions(r.consensus_revenue)}.
This estimate reflects <#if figures.revenue_growth lt 0>a decrease<#else>an increase</#if> of approximately ${w.percent(figures.revenue_growth?abs)} over the revenue recorded for the previous quarter ended ${w.date(r.prior_period_end)} of ${w.millions(r.prior_revenue)}.

The company also expects its cash and cash equivalents balance to <#if cashSame>remain unchanged at approximately ${w.millions(r.cash)} as of ${w.date(r.period_end)}, as at ${w.date(r.prior_period_end)}.<#else><#if cashFell>decrease<#else>increase</#if> by approximately ${w.millions(figures.cash_change?abs)} to ${w.millions(r.cash)} as of ${w.date(r.period_end)}, from the ${w.millions(r.prior_cash)} balance at ${w.date(r.prior_period_end)}.</#if><#if r.cash_commentary??> ${r.cash_commentary}</#if> <#if cashFell>However, upon<#else>Upon</#if> successful closing of the equity offering also announced today, the company expects a cash and cash equivalents balance of approximately ${w.millions(figures.pro_forma_cash)}.

In addition, the company expects its backlog to <#if figures.backlog_growth lt 0>decline<#else>improve</#if> to ${w.millions(r.backlog)}, or <#if figures.backlog_growth lt 0>a decrease<#else>an increase</#if> of ${w.percent(figures.backlog_growth?abs)}, from the ${w.millions(r.prior_backlog)} as of ${w.date(r.prior_period_end)}.

“${r.quote.said},” said ${r.quote.speaker}, ${r.quote.speaker_title} of ${w.endOfSentence(issuer.name)}<#if r.quote.added??> “${r.quote.added},” added ${r.quote.speaker_last_name}.</#if>

The information set forth above is estimated and is subject to change.
The company is currently finalizing its financial statements for the ${quarter} quarter ended ${w.date(r.period_end)}.
Complete results for that quarter will be announced at the close of the market on ${w.weekdayDate(r.full_results_date)}.
The company also will hold a live conference call and webcast to discuss its financial results.
Any investor or interested individual can listen to the webcast, which is scheduled to begin at ${w.time(r.conference_call.start, r.conference_call.time_zone, r.full_results_date)} (${w.timeIn(r.conference_call.start, r.conference_call.time_zone, r.full_results_date, r.conference_call.also_in)}) on ${w.date(r.full_results_date)}, by logging on the company’s investor relations webpage at ${issuer.website}.
A replay of the webcast will be available on the site for ${w.count(r.conference_call.replay_days, "day")}.

<@release.about/>

This press release contains “forward-looking statements,” as that term is used in the federal securities laws, with regard to its financial results for the ${quarter} quarter ended ${w.date(r.period_end)}. <@release.cautions>${issuer.brief_name}’s filings with the Securities and Exchange Commission, which may cause ${issuer.brief_name}’s actual results to be materially different from any future results expressed or implied in such statements</@release.cautions>

<@release.contact/>
