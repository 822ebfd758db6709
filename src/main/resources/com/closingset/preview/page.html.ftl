<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ClosingSet preview<#if state.error?has_content> (build failed)</#if></title>
<style>
  body { font: 15px/1.45 Georgia, "Liberation Serif", serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
  h1 { font-size: 1.4em; } h2 { font-size: 1.2em; margin-top: 1.6em; } h3 { font-size: 1.05em; }
  table { border-collapse: collapse; width: 100%; } td, th { padding: .2em .5em; border-bottom: 1px solid #ddd; text-align: left; }
  th.pages, td.pages { text-align: right; width: 5em; }
  tr.changed td { background: #fff6d6; } .mark { font-size: .8em; color: #8a6100; font-weight: bold; }
  .error { background: #fde8e8; border: 1px solid #c33; padding: .6em .8em; font-family: monospace; white-space: pre-wrap; }
  .status { color: #666; font-size: .9em; }
  .pending { background: #fff6d6; border: 1px solid #d9b44a; padding: .4em .6em; font-size: .9em; }
  del { color: #b00; } ins { color: #0645ad; text-decoration: underline double; }
  .passage { border-left: 3px solid #0645ad; padding-left: .8em; margin: .6em 0; }
</style>
</head>
<body>
<div id="preview" data-run="${run}" data-generation="${state.generation}">
<h1>ClosingSet preview</h1>
<p class="status"><#if state.building>Building&hellip;<#elseif state.error?has_content>Not up to date with the files on disk: they did not build.<#else>Up to date with the files on disk.</#if>
  Watching <#list state.watching as w><code>${w}</code><#sep><#if w?index == state.watching?size - 2> and <#else>, </#if></#list>; this page follows each build.</p>
<#if state.error?has_content>
<p class="error" id="error">${state.error}</p>
<p class="status"><#if state.deals?has_content>The build failed: the set below is the last one that built.<#else>The build failed, and no set has built yet.</#if></p>
</#if>
<#macro row d>
<tr<#if d.mark?has_content> class="changed"</#if>><td>${d.title}<#if d.mark?has_content> <span class="mark">${d.mark}</span></#if></td>
  <td><a href="${d.href}">${d.file}</a></td><td><#if d.wordFile?has_content><a href="${d.wordHref}">${d.wordFile}</a></#if></td><td class="pages">${d.pages}</td></tr>
</#macro>
<#list state.deals as deal>
<section class="deal" id="deal-${deal.id}">
<h2>${deal.name} <span class="status">(${deal.id})</span></h2>
<table>
<tr><th>Document</th><th>PDF</th><th>Word</th><th class="pages">Pages</th></tr>
<#list deal.documents as d><@row d/></#list>
<#list deal.removed as r>
<tr class="changed"><td><del>${r.title}</del> <span class="mark">taken out</span></td><td>${r.file}</td><td></td><td class="pages"></td></tr>
</#list>
<@row deal.binder/>
</table>
<h3>Redline against the last commit<#if deal.redline.against?has_content>, ${deal.redline.against}</#if></h3>
<#if deal.redline.note?has_content><p class="<#if deal.redline.fromBefore>pending<#else>status</#if>">${deal.redline.note}</p></#if>
<#if deal.redline.blackline?has_content>
<p>${deal.redline.changed} of ${deal.redline.of} documents changed: <a href="${deal.redline.blackline}">blackline.pdf</a></p>
</#if>
<#list deal.redline.documents as c>
<h4 class="${c.state}">${c.title}<#if c.state == "inserted"> <span class="mark">new since the last commit</span><#elseif c.state == "deleted"> <span class="mark">no longer in the set</span></#if> <span class="status">(<a href="${c.blackline}">blackline</a>)</span></h4>
<#list c.passages as p><div class="passage">${p?no_esc}</div></#list>
</#list>
</section>
<#else>
<#if !state.error?has_content><p class="status">No deal built yet.</p></#if>
</#list>
<#if state.removed?has_content>
<section class="removed" id="removed">
<h2>Deal files removed since the last commit</h2>
<ul>
<#list state.removed as r>
<li><code>${r.file}</code><#if r.called?has_content>: ${r.called}</#if> <span class="mark">removed</span>: no longer built; what earlier builds wrote of it is left as it was</li>
</#list>
</ul>
</section>
</#if>
</div>
<script>
  // Each new state is announced on /events with the serving run's mark and its number; the page takes
  // it in place, keeping where the reader was, and never goes back to an older one of the same run
  // that a slow answer brings. A page left open while serve was started again follows the new run,
  // whose numbers begin again.
  const newer = (run, generation) => {
    const shown = document.getElementById("preview").dataset;
    return run !== shown.run || generation > Number(shown.generation);
  };
  const events = new EventSource("/events");
  events.onmessage = async (e) => {
    const [run, generation] = e.data.split(" ");
    if (!newer(run, Number(generation))) { return; }
    const page = new DOMParser().parseFromString(await (await fetch("/", {cache: "no-store"})).text(), "text/html");
    const fresh = page.getElementById("preview");
    if (newer(fresh.dataset.run, Number(fresh.dataset.generation))) {
      document.getElementById("preview").replaceWith(fresh);
      document.title = page.title;
    }
  };
</script>
</body>
</html>
