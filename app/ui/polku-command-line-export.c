/* polku-command-line-export.c: `polku --export-pdf KIND … --output FILE`
 *
 * Runs without a window, a display or GTK: the documents are laid out by the
 * GTK-free print engine and written with cairo.
 *
 * Which qualification an environment report is for, when --peruste is not
 * given: the one the workshop is recognised for (several recognitions: the
 * caller must choose), else of the qualifications its tasks are mapped to the
 * one with the most requirements covered (ties: the first by name), else the
 * first that a unit mark touches.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-catalogue-format.h"
#include "polku-command-line-export.h"
#include "polku-document-environment-report.h"
#include "polku-documents.h"
#include "polku-environment-report.h"
#include "polku-pdf-export.h"
#include "polku-store-catalogue-read.h"
#include "polku-store-learners.h"
#include "polku-store-workshop.h"
#include "polku-store.h"

/* The Preferences' document language when the schema is there (installed or
 * in GSETTINGS_SCHEMA_DIR), else Finnish. */
static char *
configured_language (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "document-language"))
    return g_strdup ("fi");

  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_string (settings, "document-language");
}

/* A string of the Preferences (coach-name, coach-title); NULL when unset or
 * when the schema is not there. */
static char *
configured_string (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *value = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;

  settings = g_settings_new_full (schema, NULL, NULL);
  value = g_settings_get_string (settings, key);
  if (value == NULL || *g_strstrip (value) == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

static void
print_learners (PolkuStore *store)
{
  PolkuLearnerFilter filter = POLKU_LEARNER_FILTER_INIT;
  g_autoptr(GPtrArray) learners = NULL;

  filter.show = POLKU_LEARNER_SHOW_ALL;
  learners = polku_store_list_learners (store, &filter, NULL);
  if (learners == NULL || learners->len == 0)
    {
      g_printerr ("%s\n", _("The database has no learners yet."));
      return;
    }

  g_printerr ("%s\n", _("Learners in the database:"));
  for (guint i = 0; i < learners->len; i++)
    {
      const PolkuLearnerRecord *learner = g_ptr_array_index (learners, i);
      g_autofree char *name = polku_learner_record_dup_full_name (learner);

      /* Ids right-aligned, so that the names line up. */
      g_printerr ("  %6" G_GINT64_FORMAT "  %s\n", learner->learner_id, name);
    }
}

/* A lookup failed: says which id is not there (then what there is, when
 * @print_choices is given), or why reading failed. */
static void report_missing (PolkuStore   *store,
                            const GError *error,
                            void        (*print_choices) (PolkuStore *store),
                            const char   *format,
                            ...) G_GNUC_PRINTF (4, 5);

static void
report_missing (PolkuStore   *store,
                const GError *error,
                void        (*print_choices) (PolkuStore *store),
                const char   *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (!g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND))
    {
      g_printerr ("%s\n", error->message);
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("%s\n", message);
  if (print_choices != NULL)
    print_choices (store);
}

/* The plan, certificate or review sheet of one learner. */
static int
export_learner_document (PolkuStore        *store,
                         PolkuDocumentKind  kind,
                         gint64             learner_id,
                         gint64             period_id,
                         const char        *output,
                         const char        *language)
{
  g_autoptr(PolkuLearnerRecord) learner = NULL;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *coach_name = configured_string ("coach-name");
  g_autofree char *coach_title = configured_string ("coach-title");
  g_autofree char *name = NULL;
  PolkuDocumentOptions options = { 0 };

  if (learner_id <= 0)
    {
      /* Translators: %s is a document kind given on the command line, e.g. "certificate"; keep --learner ID. */
      g_printerr (_("The document “%s” is about one learner: give --learner ID."),
                  polku_document_kind_to_string (kind));
      g_printerr ("\n");
      print_learners (store);
      return POLKU_EXPORT_EXIT_USAGE;
    }

  learner = polku_store_get_learner (store, learner_id, &error);
  if (learner == NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, learner_id);

      /* Translators: %s is the number given with --learner. */
      report_missing (store, error, print_learners, _("There is no learner %s."), id);
      return POLKU_EXPORT_EXIT_FAILED;
    }

  options.coach_name = coach_name;
  options.coach_title = coach_title;
  options.period_id = period_id;
  doc = polku_document_build (store, kind, learner_id, language, &options, &error);
  if (doc == NULL || !polku_pdf_export_to_file (doc, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return POLKU_EXPORT_EXIT_FAILED;
    }

  /* What was written, and for whom. */
  name = polku_learner_record_dup_full_name (learner);
  g_print ("%s: %s \u2013 %s\n", output, polku_print_document_get_title (doc), name);
  return POLKU_EXPORT_EXIT_OK;
}

static void
print_workshops (PolkuStore *store)
{
  g_autoptr(GPtrArray) workshops = polku_store_list_workshops (store, TRUE, NULL);

  if (workshops == NULL || workshops->len == 0)
    {
      g_printerr ("%s\n", _("The database has no workshops yet."));
      return;
    }

  g_printerr ("%s\n", _("Workshops in the database:"));
  for (guint i = 0; i < workshops->len; i++)
    {
      const PolkuWorkshopRecord *workshop = g_ptr_array_index (workshops, i);

      g_printerr ("  %6" G_GINT64_FORMAT "  %s\n", workshop->workshop_id, workshop->name);
    }
}

/* See the top of the file. Returns the peruste id, or 0 with the exit status
 * in @status after telling why. */
static gint64
choose_peruste (PolkuStore                *store,
                const PolkuWorkshopRecord *workshop,
                int                       *status)
{
  g_autoptr(GPtrArray) perusteet = NULL;
  g_autoptr(GPtrArray) recognised = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 best = 0;
  guint best_covered = 0;

  perusteet = polku_store_list_workshop_perusteet (store, workshop->workshop_id, &error);
  if (perusteet == NULL)
    {
      g_printerr ("%s\n", error->message);
      *status = POLKU_EXPORT_EXIT_FAILED;
      return 0;
    }

  if (perusteet->len == 0)
    {
      /* Translators: %s is a workshop's name. */
      g_printerr (_("The tasks of “%s” are not mapped to any qualification yet. Map them first, "
                    "or choose the qualification with --peruste ID."), workshop->name);
      g_printerr ("\n");
      *status = POLKU_EXPORT_EXIT_FAILED;
      return 0;
    }

  for (guint i = 0; i < perusteet->len; i++)
    {
      PolkuPerusteRefRecord *peruste = g_ptr_array_index (perusteet, i);
      g_autoptr(PolkuRecognitionRecord) recognition = NULL;

      recognition = polku_store_get_recognition (store, workshop->workshop_id, peruste->peruste_id, &error);
      if (recognition == NULL)
        {
          g_printerr ("%s\n", error->message);
          *status = POLKU_EXPORT_EXIT_FAILED;
          return 0;
        }
      if (polku_recognition_record_is_recognised (recognition))
        g_ptr_array_add (recognised, peruste);
    }

  if (recognised->len == 1)
    return ((PolkuPerusteRefRecord *) g_ptr_array_index (recognised, 0))->peruste_id;

  if (recognised->len > 1)
    {
      /* Translators: %s is a workshop's name. */
      g_printerr (_("“%s” is recognised as a learning environment for several qualifications; "
                    "choose one with --peruste ID:"), workshop->name);
      g_printerr ("\n");
      for (guint i = 0; i < recognised->len; i++)
        {
          PolkuPerusteRefRecord *peruste = g_ptr_array_index (recognised, i);

          g_printerr ("  %6" G_GINT64_FORMAT "  %s (%s)\n", peruste->peruste_id,
                      peruste->nimi_fi != NULL ? peruste->nimi_fi : peruste->nimi_sv,
                      peruste->diaarinumero);
        }
      *status = POLKU_EXPORT_EXIT_USAGE;
      return 0;
    }

  for (guint i = 0; i < perusteet->len; i++)
    {
      PolkuPerusteRefRecord *peruste = g_ptr_array_index (perusteet, i);
      g_autoptr(PolkuPerusteCoverageRecord) coverage = NULL;

      coverage = polku_store_get_peruste_coverage (store, workshop->workshop_id, peruste->peruste_id, &error);
      if (coverage == NULL)
        {
          g_printerr ("%s\n", error->message);
          *status = POLKU_EXPORT_EXIT_FAILED;
          return 0;
        }
      if (best == 0 || coverage->n_covered > best_covered)
        {
          best = peruste->peruste_id;
          best_covered = coverage->n_covered;
        }
    }

  return best;
}

static int
export_environment_report (PolkuStore *store,
                           gint64      workshop_id,
                           gint64      peruste_id,
                           const char *output,
                           const char *language)
{
  g_autoptr(PolkuWorkshopRecord) workshop = NULL;
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  int status = POLKU_EXPORT_EXIT_FAILED;

  if (workshop_id <= 0)
    {
      g_printerr ("%s\n", _("The learning environment report needs the workshop: --workshop ID."));
      print_workshops (store);
      return POLKU_EXPORT_EXIT_USAGE;
    }

  workshop = polku_store_get_workshop (store, workshop_id, &error);
  if (workshop == NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, workshop_id);

      /* Translators: %s is the number given with --workshop. */
      report_missing (store, error, print_workshops, _("There is no workshop %s."), id);
      return POLKU_EXPORT_EXIT_FAILED;
    }

  if (peruste_id > 0)
    {
      g_autoptr(PolkuPerusteRecord) peruste = polku_store_get_peruste (store, peruste_id, &error);

      if (peruste == NULL)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, peruste_id);

          /* Translators: %s is the number given with --peruste. */
          report_missing (store, error, NULL, _("There is no qualification %s in the catalogue."), id);
          return POLKU_EXPORT_EXIT_FAILED;
        }
    }
  else if ((peruste_id = choose_peruste (store, workshop, &status)) == 0)
    return status;

  report = polku_environment_report_new (store, workshop_id, peruste_id, &error);
  if (report != NULL)
    doc = polku_document_environment_report_new (report, language, &error);
  if (doc == NULL || !polku_pdf_export_to_file (doc, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return POLKU_EXPORT_EXIT_FAILED;
    }

  /* What was written, and for which qualification. */
  g_print ("%s: %s (%s)\n", output,
           polku_catalogue_pick_text (report->peruste_name_fi, report->peruste_name_sv, language),
           report->diaarinumero);
  return POLKU_EXPORT_EXIT_OK;
}

/**
 * polku_command_line_export_pdf:
 * @database_path: (nullable): the database, or NULL for the default one
 * @kind: "environment-report", "plan", "certificate" or "review-sheet"
 * @learner_id: the learner of a plan, certificate or review sheet, or 0
 * @workshop_id: the workshop of an environment report, or 0
 * @peruste_id: the qualification of an environment report, or 0 to choose as
 *   described at the top of this file
 * @period_id: the workshop period of a certificate, or 0 for the latest
 * @output: the PDF file to write (replaced when it exists)
 * @language: (nullable): "fi" or "sv", or NULL for the Preferences' default
 *
 * Writes one document as PDF. Messages go to stderr; on success one line
 * naming the file and the qualification (or the learner) goes to stdout.
 *
 * Returns: POLKU_EXPORT_EXIT_OK, _FAILED or _USAGE
 */
int
polku_command_line_export_pdf (const char *database_path,
                               const char *kind,
                               gint64      learner_id,
                               gint64      workshop_id,
                               gint64      peruste_id,
                               gint64      period_id,
                               const char *output,
                               const char *language)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *document_language = NULL;
  PolkuDocumentKind document_kind;

  if (kind == NULL || *kind == '\0')
    {
      g_printerr ("%s\n", _("Give the kind of document: environment-report, plan, certificate or review-sheet."));
      return POLKU_EXPORT_EXIT_USAGE;
    }

  if (!polku_document_kind_from_string (kind, &document_kind))
    {
      /* Translators: %s is what was given; the kinds after it are command-line words, keep them. */
      g_printerr (_("Unknown document kind “%s”. Choose environment-report, plan, certificate or review-sheet."), kind);
      g_printerr ("\n");
      return POLKU_EXPORT_EXIT_USAGE;
    }

  if (output == NULL || *output == '\0')
    {
      g_printerr ("%s\n", _("Give the PDF file to write with --output FILE."));
      return POLKU_EXPORT_EXIT_USAGE;
    }

  document_language = language != NULL ? g_strdup (language) : configured_language ();
  if (!g_str_equal (document_language, "fi") && !g_str_equal (document_language, "sv"))
    {
      /* Translators: %s is what was given with --language. */
      g_printerr (_("Documents are printed in Finnish or Swedish: use --language fi or --language sv, not “%s”."),
                  document_language);
      g_printerr ("\n");
      return POLKU_EXPORT_EXIT_USAGE;
    }

  /* Exporting never creates a database as a side effect. */
  path = database_path != NULL ? g_strdup (database_path) : polku_store_default_path ();
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *display = g_filename_display_name (path);

      /* Translators: %s is a file name. */
      g_printerr (_("There is no Polku database at “%s”."), display);
      g_printerr ("\n");
      return POLKU_EXPORT_EXIT_FAILED;
    }

  store = polku_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return POLKU_EXPORT_EXIT_FAILED;
    }

  if (document_kind != POLKU_DOCUMENT_ENVIRONMENT_REPORT)
    return export_learner_document (store, document_kind, learner_id, period_id, output, document_language);
  return export_environment_report (store, workshop_id, peruste_id, output, document_language);
}
