package io.regtrack.api.graphql;

import io.regtrack.meeting.MeetingKind;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * Filters of {@code meetings}; omitted fields match anything, given ones combine with AND.
 *
 * @param province a province name, alias or code, matched at the meeting's date or today
 * @param kind the kind
 * @param from earliest date (inclusive)
 * @param to latest date (inclusive)
 * @param regulation a regulation the meeting dealt with: its global id or symbol ("58-QĐ/TW")
 * @param organizer the organizer: its global id or name
 * @param person a participant: global id or name
 * @param q search words: with them the meetings come by relevance (the search's order)
 */
@Input("MeetingFilter")
@Description("Filters of meetings; fields combine with AND")
public record MeetingFilterInput(
    @Description(
            "Province name, alias or code: held there as at its date, or in a unit that is part of"
                + " it today (\"Cần Thơ\" finds 2022 meetings in Sóc Trăng)")
        String province,
    @Description("Only meetings of this kind") MeetingKind kind,
    @Description("Earliest date, inclusive") LocalDate from,
    @Description("Latest date, inclusive") LocalDate to,
    @Description("A regulation the meeting dealt with: global id or symbol (\"58-QĐ/TW\")")
        String regulation,
    @Description("The organizer: global id or name (\"Tỉnh ủy Hà Nam\")") String organizer,
    @Description("A participant: global id or name (\"Lâm Văn Mẫn\")") String person,
    @Description(
            "Search words, ignoring case and diacritics (title, location, province, organizer,"
                + " cited regulations, date): with them the meetings come by relevance and orderBy"
                + " is ignored")
        String q) {}
