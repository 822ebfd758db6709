<#-- The binder's cover: the deal's name, the company, the certificate date and the lock-up period. -->
# Closing Set

## ${set.name}

**${deal.company.name}**\
${w.date(deal.dates.certificate)}

Lock-up of ${w.number(figures.total_locked_up)} shares held by ${w.words(deal.directors?size)} directors, from ${w.date(deal.dates.lock_up_start)} through ${w.date(figures.lock_up_end)}.

Deal `${set.id?no_esc}`. Every figure in these documents is computed from the deal model.
