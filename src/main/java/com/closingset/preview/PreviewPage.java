package com.closingset.preview;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The preview page: the engine's own template ({@code page.html.ftl}, beside this class) given a
 * {@link PreviewState}. Every value is escaped as HTML by the template's output format; only the
 * redline's passages, HTML already, are printed as they are.
 */
final class PreviewPage {
    private static final String TEMPLATE = "page.html.ftl";
    private static final Configuration CONFIG = config();

    private PreviewPage() {
    }

    /** The page of {@code state}, made by the serving process marked {@code run}. */
    static String render(PreviewState state, String run) {
        StringWriter out = new StringWriter();
        try {
            CONFIG.getTemplate(TEMPLATE).process(Map.of("state", state, "run", run), out);
        } catch (IOException | TemplateException e) {
            // The template is the engine's own, tested: a failure here is a fault of the program, not of the deal.
            throw new IllegalStateException("cannot render the preview page: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Configuration config() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(PreviewPage.class, ""));
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.US);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }
}
