package com.closingset.assemble;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of Markdown that FreeMarker must print as it is, not escape again. */
public final class TemplateMarkdownOutputModel extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {

    TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
