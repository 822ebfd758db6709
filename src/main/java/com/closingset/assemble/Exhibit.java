package com.closingset.assemble;

/**
 * A manifest entry as templates see it for one deal: the 8-K's exhibit index lists these, and prose
 * refers to an exhibit by id ({@code exhibit["ex-1.1"].number}) so that no
 * template types an exhibit number.
 *
 * @param number      the exhibit number ("99.1"), empty for the report itself
 * @param title       the document's name, already Markdown
 * @param description the exhibit index line, already Markdown
 * @param partOf      the id of the exhibit that includes this one, empty if none
 */
public record Exhibit(
        String id,
        String number,
        TemplateMarkdownOutputModel title,
        TemplateMarkdownOutputModel description,
        boolean generated,
        String partOf) {
}
