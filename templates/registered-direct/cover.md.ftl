<#-- The binder's cover: the deal's name, the issuer and the date of report. -->
# Closing Set

## ${set.name}

**${deal.issuer.name}**\
${w.date(deal.dates.report)}

Deal `${set.id?no_esc}`. Every figure in these documents is computed from the deal model.
