package io.regtrack.ingest;

import io.regtrack.job.JobKind;
import io.regtrack.job.JobProgress;
import io.regtrack.job.JobRunner;
import io.regtrack.job.JobView;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import org.jboss.logging.Logger;

/**
 * Bulk import as a background job: each article of the batch goes through the normal, idempotent
 * ingestion ({@link IngestService#ingest}, {@link IngestService#ingestHtml} for a page) in a
 * transaction of its own. An article already stored counts as done; an item that is not a valid
 * article is counted failed with its label and the reason, and the job goes on.
 */
@ApplicationScoped
public class BulkImportService {
  private static final Logger LOG = Logger.getLogger(BulkImportService.class);

  private final IngestService ingest;
  private final JobRunner runner;
  private final IngestConfig config;

  public BulkImportService(IngestService ingest, JobRunner runner, IngestConfig config) {
    this.ingest = ingest;
    this.runner = runner;
    this.config = config;
  }

  /**
   * Starts the import.
   *
   * @param createdBy the name of the API key that asked for it
   * @return the job, {@code QUEUED}, with its total
   */
  public JobView submit(ImportBatch batch, String createdBy) {
    return runner.submit(JobKind.IMPORT, createdBy, batch.size(), p -> run(batch, p));
  }

  private void run(ImportBatch batch, JobProgress progress) {
    for (Iterator<ImportBatch.Item> it = batch.items(); it.hasNext(); ) {
      ImportBatch.Item item = it.next();
      try {
        if (item.html() != null) {
          ingest.ingestHtml(item.html().get());
        } else {
          ingest.ingest(item.text().get());
        }
        progress.succeeded();
      } catch (InvalidInputException e) {
        progress.failed(item.label(), e.getMessage());
      } catch (PayloadTooLargeException e) {
        progress.failed(
            item.label(), "The article exceeds the maximum of " + config.maxBodyBytes() + " bytes");
      } catch (RuntimeException e) {
        LOG.errorf(e, "Import: %s failed", item.label());
        progress.failed(item.label(), "Unexpected error (see the server log)");
      }
    }
  }
}
