<#-- A blackline's cover: the two versions compared, how the marks read, and what changed in each document. -->
# Blackline

## ${deal}

| Version | Deal file | Read from |
|---|---|---|
<#list versions as v>
| ${v.side} | ${v.file} | ${v.source} |
</#list>

### Legend

| Mark | Meaning |
|---|---|
| ~~Deleted text~~ | deleted: red, struck through |
| ++Inserted text++ | inserted: blue, double-underlined |
| Change bar | a bar in the left margin, as beside the two rows above, marks each line that holds a change |

### Summary

${w.number(changed)} of ${w.number(documents?size)} documents changed: ${w.number(inserted)} word<#if inserted != 1>s</#if> inserted, ${w.number(deleted)} word<#if deleted != 1>s</#if> deleted.
A changed document begins on the first page given and numbers its own pages.

| Document | Change | Inserted | Deleted | First page |
|---|---|--:|--:|--:|
<#list documents as d>
| ${d.title} | ${d.change} | <#if d.counted>${w.number(d.inserted)}</#if> | <#if d.counted>${w.number(d.deleted)}</#if> | <#if d.page??>[${d.page}](#document-${d.part})</#if> |
</#list>
