package io.regtrack.api.graphql;

import io.regtrack.organization.OrganizationKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * Filters of {@code organizations}.
 *
 * @param q words that must all occur in the name, ignoring case and diacritics
 * @param kind the kind
 * @param province a province name, alias or code (a unit existing today covers its predecessors)
 */
@Input("OrganizationFilter")
@Description("Filters of organizations; fields combine with AND")
public record OrganizationFilterInput(
    @Description("Words that must all occur in the name, ignoring case and diacritics") String q,
    @Description("Only organizations of this kind") OrganizationKind kind,
    @Description("Province name, alias or code (\"Cần Thơ\" also covers Sóc Trăng, Hậu Giang)")
        String province) {}
