package com.closingset.deal;

import com.closingset.figures.Figures;
import com.closingset.kit.Kit;
import com.closingset.kit.ValuePath;
import java.time.LocalDate;
import java.util.Map;

/**
 * A deal read and validated against its kit: its values (section names to values, as the schema
 * types them), its figures, and what the engine needs of every deal. Immutable.
 *
 * @param file   how messages name the deal file
 * @param id     the deal's id: its folder under output/
 * @param name   the deal's name
 * @param author the PDFs' author
 * @param date   the date PDFs carry, unless {@code SOURCE_DATE_EPOCH} says otherwise
 * @param values the deal's fields, with each item of a list carrying its figures as {@code figures}
 */
public record Deal(Kit kit, String file, String id, String name, String author, LocalDate date,
                   Map<String, Object> values, Figures figures) {

    /** The value at a dotted path of the deal ({@code offering.shares}); null when an optional field is not given. */
    public Object value(String path) {
        return ValuePath.of(values, path).orElse(null);
    }
}
