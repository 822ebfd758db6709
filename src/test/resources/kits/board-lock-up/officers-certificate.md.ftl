<#-- The officer's certificate: the board's approval of the directors' lock-ups, and the shares each locks up. -->
<#assign blank = "______________________________">
<#assign company = deal.company>
<#assign officer = deal.officer>
**${company.name?upper_case}**

# OFFICER’S CERTIFICATE

The undersigned, ${officer.name}, the duly elected ${officer.title} of ${company.name}, a ${company.state} corporation (the “Company”), hereby certifies on behalf of the Company, and not in an individual capacity, as follows:

1. Attached to this certificate is a true and complete list of the directors of the Company as of the date hereof, each of whom has executed and delivered to the Company a lock-up agreement in the form approved by the Board of Directors of the Company (the “Board”).

2. The Board has approved the lock-up agreements, under which each director agrees not to sell or otherwise transfer any shares of common stock of the Company during the period beginning on ${w.date(deal.dates.lock_up_start)} and ending on ${w.date(figures.lock_up_end)} (the “Lock-Up Period”), a period of ${w.words(deal.lock_up.days)} (${w.number(deal.lock_up.days)}) days, without the prior written consent of ${deal.lock_up.underwriter}.

3. As of the date hereof, ${w.number(company.shares_outstanding)} shares of common stock of the Company are issued and outstanding. The ${w.words(deal.directors?size)} directors of the Company together hold ${w.number(figures.total_locked_up)} shares, or ${w.percent(figures.total_ownership)} of the shares outstanding, all of which are subject to the lock-up agreements.

| Director | Shares locked up | Percentage of shares outstanding |
|---|---|---|
<#list deal.directors as director>
| ${director.name} | ${w.number(director.shares)} | ${w.percent(director.figures.ownership)} |
</#list>
| **Total** | **${w.number(figures.total_locked_up)}** | **${w.percent(figures.total_ownership)}** |

4. Each lock-up agreement is in full force and effect and has not been amended, modified or rescinded.

IN WITNESS WHEREOF, the undersigned has executed this certificate as of ${w.date(deal.dates.certificate)}.

**${company.name?upper_case}**

By: ${blank}\
Name: ${officer.name}\
Title: ${officer.title}
