package io.regtrack.api.graphql;

import io.regtrack.person.DocumentPersonView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A person as one document names them; {@code person} is a batched field. */
@Description("A person as one document names them, with the positions stated there")
public record DocumentPerson(
    @NonNull @Description("The name as written in the document") String name,
    @NonNull @Description("The positions this document states for them, as written")
        List<@NonNull String> positions,
    @Ignore long personKey) {

  static DocumentPerson of(DocumentPersonView p) {
    return new DocumentPerson(p.name(), p.positions(), p.personId());
  }
}
