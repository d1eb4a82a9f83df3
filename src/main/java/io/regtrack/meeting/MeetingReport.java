package io.regtrack.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One document's report of a meeting, with the fields as that document states them. */
@Entity
@Table(name = "meeting_document")
class MeetingReport extends MeetingFields {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "meeting_id", nullable = false)
  long meetingId;

  @Column(name = "document_id", nullable = false)
  long documentId;

  @Column(name = "report_no", nullable = false)
  int reportNo;
}
