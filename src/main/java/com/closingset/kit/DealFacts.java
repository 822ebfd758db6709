package com.closingset.kit;

/**
 * What the engine needs of every deal, whatever its kit, as the paths of the deal's fields that hold it.
 *
 * @param id     the deal's id, its folder under output/ ({@code deal.id})
 * @param name   the deal's name: the PDFs' subject, the index's heading
 * @param date   the date every PDF carries ({@code dates.report})
 * @param author the PDFs' author ({@code issuer.name})
 */
public record DealFacts(String id, String name, String date, String author) {
}
