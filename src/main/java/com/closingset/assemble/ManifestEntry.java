package com.closingset.assemble;

import java.util.Optional;

/**
 * One document of a closing set as the manifest lists it. An entry without a template is an exhibit
 * the 8-K lists but the set does not generate (a consent included in another exhibit, say).
 *
 * @param title       the document's name, a FreeMarker template evaluated per deal
 * @param description its exhibit index line, a FreeMarker template evaluated per deal
 * @param partOf      the id of the exhibit that includes this one, if any
 * @param forEach     the list of the deal ({@code investors}) whose every item gets a document of its own, if any
 * @param as          the item's name in the model of such a document ({@code investor})
 * @param when        the deal's optional field (or yes/no) without which the document is not in the set
 * @param outputAt    where the manifest gives the output name, as messages begin
 *                    ({@code templates/k/manifest.yaml:12:13: documents[3].output}); empty without one
 */
public record ManifestEntry(
        String id,
        String title,
        Optional<String> exhibit,
        String description,
        Optional<String> partOf,
        Optional<String> template,
        Optional<String> output,
        Optional<String> forEach,
        Optional<String> as,
        Optional<String> when,
        String outputAt) {

    /** Rendered once for each item of a list, rather than once. */
    public boolean repeated() {
        return forEach.isPresent();
    }

    public boolean generated() {
        return template.isPresent();
    }

    /** Whether the deal has this document: always, or when it gives the field {@code when} names (and a yes/no is yes). */
    public boolean in(com.closingset.deal.Deal deal) {
        if (when.isEmpty()) {
            return true;
        }
        Object value = deal.value(when.get());
        return value != null && !Boolean.FALSE.equals(value);
    }
}
