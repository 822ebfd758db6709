<#-- One director's lock-up letter, addressed to the company and the underwriter, for the shares the director holds. -->
<#assign blank = "______________________________">
<#assign company = deal.company>
<#assign lock = deal.lock_up>
${w.date(deal.dates.certificate)}

${company.name}\
${company.address.street}\
${company.address.city}, ${company.address.state} ${company.address.postal_code}

${lock.underwriter}

# LOCK-UP AGREEMENT

Ladies and Gentlemen:

The undersigned, ${director.name}, a director of ${company.name}, a ${company.state} corporation (the “Company”), is the holder of ${w.number(director.shares)} shares of common stock of the Company (the “Shares”), being ${w.percent(director.figures.ownership)} of the ${w.number(company.shares_outstanding)} shares of common stock outstanding.

In consideration of the benefits that the undersigned will receive, the undersigned hereby agrees that, during the period beginning on ${w.date(deal.dates.lock_up_start)} and ending on ${w.date(figures.lock_up_end)} (the “Lock-Up Period”), the undersigned will not, without the prior written consent of ${lock.underwriter}, directly or indirectly (i) offer, sell, contract to sell, pledge, grant any option to purchase or otherwise dispose of any of the Shares, or (ii) enter into any swap or other arrangement that transfers to another, in whole or in part, any of the economic consequences of ownership of the Shares.

The Lock-Up Period is ${w.words(lock.days)} (${w.number(lock.days)}) days. The undersigned agrees that the Company may instruct its transfer agent to decline the transfer of the Shares during the Lock-Up Period.

<#if director.email??>
Notices to the undersigned under this agreement may be given by e-mail to ${director.email}.

</#if>
This agreement is irrevocable and binds the undersigned and the undersigned’s heirs, legal representatives, successors and assigns. This agreement is governed by the laws of the State of ${lock.governing_law}.

Very truly yours,

By: ${blank}\
Name: ${director.name}\
Title: Director

Accepted and agreed as of ${w.date(deal.dates.certificate)}:

**${company.name?upper_case}**

By: ${blank}\
Name: ${deal.officer.name}\
Title: ${deal.officer.title}
