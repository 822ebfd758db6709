<#-- index.md: what the closing set holds, with page counts and the hash of each signed PDF and Word file. The set's
     own documents come first; each investor's documents follow under the investor's name. -->
<#macro table rows withExhibit>
<#local word = rows?has_content && rows[0].docxSha256??>
<#if withExhibit>| Exhibit | Document |<#else>| Document |</#if> Markdown | PDF |<#if word> Word |</#if> Pages | SHA-256 of the PDF |<#if word> SHA-256 of the Word file |</#if>
<#if withExhibit>|---|---|<#else>|---|</#if>---|---|<#if word>---|</#if>---|---|<#if word>---|</#if>
<#list rows as r>
| <#if withExhibit>${r.exhibit} | </#if>${r.title} | [${r.output?no_esc}.md](${r.output?no_esc}.md) | [${r.output?no_esc}.pdf](${r.output?no_esc}.pdf) |<#if word> [${r.output?no_esc}.docx](${r.output?no_esc}.docx) |</#if> ${r.pages} | `${r.sha256?no_esc}` |<#if word> `${r.docxSha256?no_esc}` |</#if>
</#list>
</#macro>
# Closing set: ${set.name}

Deal `${set.id?no_esc}`, built by ClosingSet ${set.version}. Every figure is computed from the deal model; do not edit these files by hand.

<@table set.documents true/>

**The whole set in one PDF: cover, contents, every document, bookmarks**: [${set.binder.output?no_esc}.pdf](${set.binder.output?no_esc}.pdf), ${set.binder.pages} pages, SHA-256 `${set.binder.sha256?no_esc}`.
<#if set.groups?has_content>

## For each investor
</#if>
<#list set.groups as group>

### ${group.item.number}. ${group.item.name}

<@table group.documents false/>
</#list>

SHA256SUMS lists the hash of every file; `sha256sum -c SHA256SUMS` checks them.
