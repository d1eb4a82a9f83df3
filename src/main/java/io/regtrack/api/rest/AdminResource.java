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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
      description = "The job, queued; it counts its documents when it starts",
      headers =
          @Header(
              name = "Location",
              description = OpenApiTexts.JOB_LOCATION,
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobResponse.class),
              examples =
                  @ExampleObject(
                      name = "queued",
                      summary = "A re-extraction, queued",
                      value = OpenApiExamples.JOB_REEXTRACT)))
  @APIResponse(
      responseCode = "400",
      description = "all is neither true nor false",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "badFlag", value = OpenApiExamples.PROBLEM_400_FLAG)))
  @APIResponse(
      responseCode = "401",
      description = OpenApiTexts.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "noKey", value = OpenApiExamples.PROBLEM_401)))
  @APIResponse(
      responseCode = "403",
      description = OpenApiTexts.FORBIDDEN,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "noRole", value = OpenApiExamples.PROBLEM_403)))
  @APIResponse(
      responseCode = "503",
      description =
          "This instance has regtrack.jobs.max-pending jobs (default 16) queued or running",
      headers =
          @Header(
              name = HttpHeaders.RETRY_AFTER,
              description = OpenApiTexts.RETRY_AFTER,
              schema = @Schema(type = SchemaType.INTEGER)),
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "busy", value = OpenApiExamples.PROBLEM_503)))
  public Response reextract(
      @Parameter(
              description =
                  "Re-extract every document, whatever its extractor version (default false:"
                      + " only documents an older extractor produced)",
              example = "true",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
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
      responseCode = "200",
      description = "The job",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobResponse.class),
              examples =
                  @ExampleObject(
                      name = "finished",
                      summary = "A finished import: one article ingested, one line failed",
                      value = OpenApiExamples.JOB_DONE)))
  @APIResponse(
      responseCode = "400",
      description = OpenApiTexts.BAD_ID,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "badId", value = OpenApiExamples.PROBLEM_400_ID)))
  @APIResponse(
      responseCode = "401",
      description = OpenApiTexts.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "noKey", value = OpenApiExamples.PROBLEM_401)))
  @APIResponse(
      responseCode = "403",
      description = OpenApiTexts.FORBIDDEN,
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "noRole", value = OpenApiExamples.PROBLEM_403)))
  @APIResponse(
      responseCode = "404",
      description = "No job has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "notFound", value = OpenApiExamples.PROBLEM_404_JOB)))
  public JobResponse job(
      @Parameter(
              description = "Job id, from the Location of the 202 that started it",
              example = "8",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @PathParam("id")
          String id) {
    long jobId = Params.id("id", id);
    return JobResponse.of(
        jobs.find(jobId).orElseThrow(() -> new ResourceNotFoundException("Job", jobId)));
  }

  /** 202 Accepted with the job and its Location; not to be cached. */
  static Response accepted(JobView job, UriInfo uri) {
    URI location = PublicUrls.of("/api/v1/admin/jobs/" + job.id());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    // A header, not .location(): JAX-RS would resolve a relative URI against the Host header.
    return Response.accepted(JobResponse.of(job))
        .header(HttpHeaders.LOCATION, location)
        .cacheControl(noStore)
        .build();
  }
}
