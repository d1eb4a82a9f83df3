package io.regtrack.api.rest;

import io.regtrack.ingest.ReextractionService;
import io.regtrack.job.JobService;
import io.regtrack.job.JobView;
import io.regtrack.shared.error.ResourceNotFoundException;
import io.regtrack.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;

/** Administrative jobs: re-extraction, and the progress of any background job. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Background jobs: re-extraction and job progress")
public class AdminResource {
  private final ReextractionService reextraction;
  private final JobService jobs;

  public AdminResource(ReextractionService reextraction, JobService jobs) {
    this.reextraction = reextraction;
    this.jobs = jobs;
  }

  @POST
  @Path("reextract")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Re-extract stored documents",
      description =
          "Starts a background job that runs the current extractor again over every document an"
              + " older extractor version produced (all documents with all=true), replacing its"
              + " citations, relations, persons and meeting reports without duplicating anything;"
              + " ids stay. 202 with Location: the job, to poll. Requires an API key with the admin"
              + " role.")
  @APIResponse(
      responseCode = "202",
      description = "The job, queued, with a Location header to poll",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "all is neither true nor false",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "503",
      description = "This instance has regtrack.jobs.max-pending jobs queued or running",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response reextract(
      @Parameter(description = "Re-extract every document, whatever its extractor version")
          @QueryParam("all")
          String all,
      SecurityContext security,
      UriInfo uri) {
    return accepted(
        reextraction.submit(Params.flag("all", all), security.getUserPrincipal().getName()), uri);
  }

  @GET
  @Path("jobs/{id}")
  @NoCache
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "A background job's state and progress",
      description =
          "done and failed grow while the job runs; errors lists the first failures with the item"
              + " (line, zip entry, document) and the reason. Requires an API key with the editor"
              + " or admin role.")
  @APIResponse(
      responseCode = "404",
      description = "No job has this id",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public JobResponse job(@Parameter(description = "Job id") @PathParam("id") String id) {
    long jobId = Params.id("id", id);
    return JobResponse.of(
        jobs.find(jobId).orElseThrow(() -> new ResourceNotFoundException("Job", jobId)));
  }

  /** 202 Accepted with the job and its Location; not to be cached. */
  static Response accepted(JobView job, UriInfo uri) {
    URI location = uri.getBaseUriBuilder().path("api/v1/admin/jobs/{id}").build(job.id());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.accepted(JobResponse.of(job)).location(location).cacheControl(noStore).build();
  }
}
