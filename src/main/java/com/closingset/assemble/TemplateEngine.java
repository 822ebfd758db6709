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
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringReader;
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
 * write them (so a year is never "2,007"), no way for a template to reach Java ({@code ?new} and
 * {@code ?api} off, and of an object only the model's own values: {@link ModelMembers}), templates
 * that read the same on every build ({@link TemplateText}), and each render bounded in time,
 * length and depth ({@link RenderBounds}).
 */
public final class TemplateEngine {
    private static final Version FREEMARKER = Configuration.VERSION_2_3_34;
    private static final String KIT_FILE = "kit.yaml";

    /** FreeMarker's note of the Java class holding a value: no help to whoever edits a template. */
    private static final Pattern WRAPPER = Pattern.compile(" \\((?:wrapper: [^)]*|[^()]* wrapped into [^)]*)\\)");

    private final Configuration cfg;
    // How messages name the folder of templates: "templates/registered-direct".
    private final String shownFolder;
    private final Path folder;
    // The manifest's one-line templates are rendered once per investor: parsed once, by name and source.
    private final Map<List<String>, Template> inline = new ConcurrentHashMap<>();
    private final BoundedRender bounded;

    public TemplateEngine(Path templatesDir) throws IOException {
        this(templatesDir, "templates");
    }

    /** @param shownFolder how messages name {@code templatesDir} ({@code templates/registered-direct}) */
    public TemplateEngine(Path templatesDir, String shownFolder) throws IOException {
        this(templatesDir, shownFolder, RenderBounds.fromSystemProperties());
    }

    /** As {@link #TemplateEngine(Path, String)}, each render within {@code bounds}. */
    public TemplateEngine(Path templatesDir, String shownFolder, RenderBounds bounds) throws IOException {
        this(new ConfinedLoader(templatesDir, shownFolder), templatesDir, shownFolder, bounds);
    }

    /**
     * The engine's own templates, packaged beside {@code base} (a redline's cover, which no kit
     * owns): the same Markdown output and the same strictness as a kit's.
     */
    public static TemplateEngine ofResources(Class<?> base) {
        String folder = "/" + base.getPackageName().replace('.', '/');
        String shown = "closingset.jar!" + folder;
        return new TemplateEngine(new CheckedResourceLoader(base, folder, shown), null, shown, RenderBounds.fromSystemProperties());
    }

    private TemplateEngine(TemplateLoader loader, Path templatesDir, String shownFolder, RenderBounds bounds) {
        this.shownFolder = shownFolder;
        this.folder = templatesDir;
        this.bounded = new BoundedRender(bounds);
        cfg = new Configuration(FREEMARKER);
        cfg.setTemplateLoader(loader);
        // The 2.3 name format reads "../../x" above the folder as "x" in it; this one says it is wrong.
        cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        cfg.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        // Said, not left to the defaults, because Unreproducible reads templates in these syntaxes.
        cfg.setTagSyntax(Configuration.ANGLE_BRACKET_TAG_SYNTAX);
        cfg.setInterpolationSyntax(Configuration.LEGACY_INTERPOLATION_SYNTAX);
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
        cfg.setObjectWrapper(new ModelWrapper(FREEMARKER));
    }

    /**
     * FreeMarker's file loader already refuses a name that backs out of the folder ({@code ../x}) and,
     * comparing canonical paths, a file that a symbolic link leads outside it; but it refuses the
     * latter with an unchecked SecurityException. Here that is an I/O error FreeMarker reports as a
     * template that cannot be read, so the build stops with the template's name, not a stack trace.
     * Every template it reads, included ones too, is read as {@link TemplateText}: strictly UTF-8, not
     * empty, nothing in it that changes between builds.
     */
    private static final class ConfinedLoader extends FileTemplateLoader {
        private final String shownFolder;

        ConfinedLoader(Path templatesDir, String shownFolder) throws IOException {
            super(templatesDir.toFile());
            this.shownFolder = shownFolder;
        }

        @Override
        public java.io.Reader getReader(Object templateSource, String encoding) throws IOException {
            java.io.File file = (java.io.File) templateSource;
            Path relative = file.toPath().startsWith(baseDir.toPath()) ? baseDir.toPath().relativize(file.toPath()) : file.toPath().getFileName();
            String name = relative.toString().replace(java.io.File.separatorChar, '/');
            return new StringReader(TemplateText.of(shownFolder + "/" + name, java.nio.file.Files.readAllBytes(file.toPath())));
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

    /**
     * The engine's own templates, in its jar, are read as a kit's are ({@link TemplateText}): strictly
     * UTF-8, not empty, nothing in them that changes between builds.
     */
    private static final class CheckedResourceLoader extends ClassTemplateLoader {
        private final String shownFolder;

        CheckedResourceLoader(Class<?> base, String folder, String shownFolder) {
            super(base, folder);
            this.shownFolder = shownFolder;
        }

        @Override
        public java.io.Reader getReader(Object templateSource, String encoding) throws IOException {
            // Read as Latin-1, one char a byte, the template's bytes come back whole for the strict UTF-8 read.
            java.io.StringWriter latin1 = new java.io.StringWriter();
            try (java.io.Reader in = super.getReader(templateSource, "ISO-8859-1")) {
                in.transferTo(latin1);
            }
            String url = templateSource.toString();
            String name = shownFolder + "/" + url.substring(url.lastIndexOf('/') + 1);
            return new StringReader(TemplateText.of(name, latin1.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
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
            String[] lines = TemplateText.withoutSignature(java.nio.file.Files.readString(folder.resolve(templateName))).split("\n", -1);
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
            return process(templateName, () -> cfg.getTemplate(templateName), model);
        } catch (ParseException e) {
            throw syntaxError(e);
        } catch (UnusableTemplate e) {
            throw new AssemblyException(e.getMessage(), e);
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
                template = new Template(name, new StringReader(TemplateText.checked(name, source)), cfg);
                inline.put(List.of(name, source), template);
            }
            Template parsed = template;
            String markdown = process(name, () -> parsed, model);
            return MarkdownOutputFormat.INSTANCE.fromMarkup(markdown.strip());
        } catch (ParseException e) {
            throw syntaxError(e);
        } catch (UnusableTemplate e) {
            throw new AssemblyException(e.getMessage(), e);
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
                template = new Template(name, null, new StringReader(TemplateText.checked(name, source)), cfg, plain, null);
                plain.apply(template);
                inline.put(List.of("text", name, source), template);
            }
            Template parsed = template;
            return process(name, () -> parsed, model).strip();
        } catch (ParseException e) {
            throw syntaxError(e);
        } catch (UnusableTemplate e) {
            throw new AssemblyException(e.getMessage(), e);
        } catch (IOException e) {
            throw new AssemblyException(name + ": " + e.getMessage(), e);
        }
    }

    private String process(String name, BoundedRender.TemplateSource template, Map<String, Object> model)
            throws AssemblyException, IOException {
        try {
            return bounded.render(name, template, model);
        } catch (TemplateException e) {
            throw renderError(e);
        } catch (RunawayTemplate e) {
            throw new AssemblyException(location(e.template(), e.line() == 0 ? null : e.line(), e.column()) + e.whatAndProblem(), e);
        }
    }

    private AssemblyException syntaxError(ParseException e) {
        return new AssemblyException(location(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                + "template syntax error: " + firstLine(e.getEditorMessage()), e);
    }

    private AssemblyException renderError(TemplateException e) {
        // A template an <#include> or <#import> cannot use says so itself, at its own line.
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof UnusableTemplate unusable) {
                return new AssemblyException(unusable.getMessage(), e);
            }
        }
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
