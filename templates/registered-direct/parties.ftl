<#-- How the documents write a party's particulars: import it as `parties`. -->
<#-- A mailing address on one line: "street, city, state ZIP" in the United States; abroad, with the country. -->
<#function addressLine a>
  <#local line = a.street + ", " + a.city>
  <#if a.state??><#local line = line + ", " + a.state></#if>
  <#if a.postal_code??><#local line = line + (a.state??)?then(" ", ", ") + a.postal_code></#if>
  <#if a.country??><#local line = line + ", " + a.country></#if>
  <#return line>
</#function>
