<#-- The binder's cover, as a closing volume's: the securities sold, the issuer, the placement agent
     and the day the offering closed. The engine sets a cover's every line centered. -->
<#assign o = deal.offering>
# CLOSING VOLUME

## ${deal.issuer.name?upper_case}

**${w.number(o.shares)} Shares of Common Stock**<#if deal.warrant??>\
**Warrants to Purchase ${w.number(figures.warrant_shares)} Shares of Common Stock**</#if>

Registered Direct Offering\
Registration Statement on Form ${deal.registration.form} (No. ${deal.registration.number})

Placement Agent\
**${deal.placement_agent.name?upper_case}**

Closing Date: ${w.date(deal.dates.closing)}
