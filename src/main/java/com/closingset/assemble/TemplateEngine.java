package com.closingset.assemble;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * FreeMarker set up for legal documents: Markdown output with every value escaped, strict about
 * missing values (a gap in a document is an error, never a blank), numbers printed as computers
 * write them (so a year is never "2,007"), and no way for a template to reach Java ({@code ?new}
 * and {@code ?api} off).
 */
public final class TemplateEngine {
    private static final Version FREEMARKER = Configuration.VERSION_2_3_34;
    private static final String KIT_FILE = "kit.yaml";

    /** FreeMarker's note of the Java class holding a value: no help to whoever edits a template. */
    private static final Pattern WRAPPER = Pattern.compile(" \\(wrapper: [^)]*\\)");

    private final Configuration cfg;
    // How messages name the folder of templates: "templates/registered-direct".
    private final String shownFolder;
    private final Path folder;
    // The manifest's one-line templates are rendered once per investor: parsed once, by name and source.
    private final Map<List<String>, Template> inline = new ConcurrentHashMap<>();

    public TemplateEngine(Path templatesDir) throws IOException {
        this(templatesDir, "templates");
    }

    /** @param shownFolder how messages name {@code templatesDir} ({@code templates/registered-direct}) */
    public TemplateEngine(Path templatesDir, String shownFolder) throws IOException {
        this(new ConfinedLoader(templatesDir), templatesDir, shownFolder);
    }

    /**
     * The engine's own templates, packaged beside {@code base} (a redline's cover, which no kit
     * owns): the same Markdown output and the same strictness as a kit's.
     */
    public static TemplateEngine ofResources(Class<?> base) {
        String folder = "/" + base.getPackageName().replace('.', '/');
        return new TemplateEngine(new ClassTemplateLoader(base, folder), null, "closingset.jar!" + folder);
    }

    private TemplateEngine(TemplateLoader loader, Path templatesDir, String shownFolder) {
        this.shownFolder = shownFolder;
        this.folder = templatesDir;
        cfg = new Configuration(FREEMARKER);
        cfg.setTemplateLoader(loader);
        // The 2.3 name format reads "../../x" above the folder as "x" in it; this one says it is wrong.
        cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        cfg.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.US);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        // Stricter than SAFER_RESOLVER, which still lets ?new make any TemplateModel class on the class
        // path but three: no template needs ?new at all, so none may use it.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(FREEMARKER).build());
    }

    /**
     * FreeMarker's file loader already refuses a name that backs out of the folder ({@code ../x}) and,
     * comparing canonical paths, a file that a symbolic link leads outside it; but it refuses the
     * latter with an unchecked SecurityException. Here that is an I/O error FreeMarker reports as a
     * template that cannot be read, so the build stops with the template's name, not a stack trace.
     */
    private static final class ConfinedLoader extends FileTemplateLoader {
        ConfinedLoader(Path templatesDir) throws IOException {
            super(templatesDir.toFile());
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            try {
                return super.findTemplateSource(name);
            } catch (SecurityException e) {
                throw new IOException("templates/" + name + " is a link to a file outside templates/", e);
            }
        }
    }

    /** How messages name a template of the folder: {@code templates/registered-direct/8-k.md.ftl}. */
    public String shown(String templateName) {
        return shownFolder + "/" + templateName;
    }

    /**
     * Where {@code text} first stands in the template's own source, as {@code templates/k/x.md.ftl:12:40};
     * the template's name alone when it is not there (text an included template wrote, say).
     */
    public String locate(String templateName, String text) {
        try {
            String[] lines = java.nio.file.Files.readString(folder.resolve(templateName)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int at = lines[i].indexOf(text);
                if (at >= 0) {
                    return shown(templateName) + ":" + (i + 1) + ":" + (at + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The template was read to render it; if it cannot be read now, its name is still worth saying.
        }
        return shown(templateName);
    }

    /** Renders the named template of the templates folder. */
    public String render(String templateName, Map<String, Object> model) throws AssemblyException {
        try {
            return process(cfg.getTemplate(templateName), model);
        } catch (ParseException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new AssemblyException(shownFolder + "/" + templateName + ": cannot read the template: " + e.getMessage(), e);
        }
    }

    /** Renders a one-line template written in the manifest (an exhibit index description). */
    public TemplateMarkdownOutputModel renderInline(String name, String source, Map<String, Object> model)
            throws AssemblyException {
        try {
            Template template = inline.get(List.of(name, source));
            if (template == null) {
                template = new Template(name, new StringReader(source), cfg);
                inline.put(List.of(name, source), template);
            }
            String markdown = process(template, model);
            return MarkdownOutputFormat.INSTANCE.fromMarkup(markdown.strip());
        } catch (ParseException e) {
            throw syntaxError(e);
        } catch (IOException | freemarker.template.TemplateModelException e) {
            throw new AssemblyException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renders a one-line template of a kit as plain text, nothing escaped: the words of the figure
     * sheet, which is read in a terminal or as JSON, not as Markdown.
     */
    public String renderText(String name, String source, Map<String, Object> model) throws AssemblyException {
        try {
            Template template = inline.get(List.of("text", name, source));
            if (template == null) {
                TemplateConfiguration plain = new TemplateConfiguration();
                plain.setOutputFormat(PlainTextOutputFormat.INSTANCE);
                plain.setParentConfiguration(cfg);
                template = new Template(name, null, new StringReader(source), cfg, plain, null);
                plain.apply(template);
                inline.put(List.of("text", name, source), template);
            }
            return process(template, model).strip();
        } catch (ParseException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new AssemblyException(name + ": " + e.getMessage(), e);
        }
    }

    private String process(Template template, Map<String, Object> model) throws AssemblyException, IOException {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw renderError(e);
        }
        return out.toString();
    }

    private AssemblyException syntaxError(ParseException e) {
        return new AssemblyException(location(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                + "template syntax error: " + firstLine(e.getEditorMessage()), e);
    }

    private AssemblyException renderError(TemplateException e) {
        String expression = e.getBlamedExpressionString();
        String what = e instanceof InvalidReferenceException
                ? "no such value (misspelt, or missing from the deal model)"
                : WRAPPER.matcher(firstLine(e.getMessageWithoutStackTop())).replaceAll("").replaceAll(":$", "");
        String message = location(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                + (expression == null ? "" : "${" + expression + "}: ") + what;
        return new AssemblyException(message, e);
    }

    private String location(String template, Integer line, Integer column) {
        String file = template == null ? shownFolder + "/?" : template.startsWith("manifest") || template.startsWith(KIT_FILE)
                ? template : shownFolder + "/" + template;
        return file + (line == null ? "" : ":" + line + ":" + column) + ": ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "error";
        }
        StringBuilder first = new StringBuilder();
        for (String line : message.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("----") && !t.startsWith("==>")) {
                first.append(first.isEmpty() ? "" : " ").append(t);
                // "Template inclusion failed (for parameter value ...):" says why on the next line.
                if (!t.endsWith(":")) {
                    return first.toString();
                }
            }
        }
        return first.isEmpty() ? message.strip() : first.toString();
    }
}
