<#-- index.md: what the lock-up set holds, with page counts and the hash of each PDF. The officer's
     certificate comes first; each director's lock-up follows under the director's name. -->
<#macro table rows>
| Document | Markdown | PDF | Pages | SHA-256 of the PDF |
|---|---|---|---|---|
<#list rows as r>
| ${r.title} | [${r.output?no_esc}.md](${r.output?no_esc}.md) | [${r.output?no_esc}.pdf](${r.output?no_esc}.pdf) | ${r.pages} | `${r.sha256?no_esc}` |
</#list>
</#macro>
# Closing set: ${set.name}

Deal `${set.id?no_esc}`, built by ClosingSet ${set.version}. Every figure is computed from the deal model; do not edit these files by hand.

<@table set.documents/>

**The whole set in one PDF: cover, contents, every document, bookmarks**: [${set.binder.output?no_esc}.pdf](${set.binder.output?no_esc}.pdf), ${set.binder.pages} pages, SHA-256 `${set.binder.sha256?no_esc}`.
<#if set.groups?has_content>

## For each director
</#if>
<#list set.groups as group>

### ${group.item.number}. ${group.item.name}: ${w.number(group.item.shares)} shares

<@table group.documents/>
</#list>

SHA256SUMS lists the hash of every file; `sha256sum -c SHA256SUMS` checks them.
