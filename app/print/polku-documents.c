/* polku-documents.c: builds any printed document by kind.
 *
 * Which qualification an environment report is for, when none is given: the
 * one the workshop is recognised for, else of the qualifications its tasks
 * are mapped to the one with the most requirements covered (the command line
 * does the same, with its own messages).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-documents"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-document-common.h"
#include "polku-document-environment-report.h"
#include "polku-documents.h"
#include "polku-environment-report.h"
#include "polku-store-workshop.h"

static const char * const kind_names[] = {
  [POLKU_DOCUMENT_PLAN] = "plan",
  [POLKU_DOCUMENT_CERTIFICATE] = "certificate",
  [POLKU_DOCUMENT_REVIEW_SHEET] = "review-sheet",
  [POLKU_DOCUMENT_ENVIRONMENT_REPORT] = "environment-report",
};

/**
 * polku_document_kind_to_string:
 *
 * Returns: the command-line word of @kind, e.g. "review-sheet"
 */
const char *
polku_document_kind_to_string (PolkuDocumentKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

gboolean
polku_document_kind_from_string (const char        *text,
                                 PolkuDocumentKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (text, kind_names[i]))
      {
        *kind = (PolkuDocumentKind) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * polku_document_kind_get_title:
 *
 * Returns: the document's name in the UI language, e.g. "Competence Certificate"
 */
const char *
polku_document_kind_get_title (PolkuDocumentKind kind)
{
  switch (kind)
    {
    case POLKU_DOCUMENT_PLAN:
      return _("Pathway Summary");
    case POLKU_DOCUMENT_CERTIFICATE:
      return _("Competence Certificate");
    case POLKU_DOCUMENT_REVIEW_SHEET:
      return _("Review Sheet");
    case POLKU_DOCUMENT_ENVIRONMENT_REPORT:
      return _("Learning Environment Report");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* See the top of the file. */
static gint64
choose_peruste (PolkuStore  *store,
                gint64       workshop_id,
                GError     **error)
{
  g_autoptr(PolkuWorkshopRecord) workshop = NULL;
  g_autoptr(GPtrArray) perusteet = NULL;
  gint64 recognised = 0, best = 0;
  guint n_recognised = 0, best_covered = 0;

  if ((workshop = polku_store_get_workshop (store, workshop_id, error)) == NULL ||
      (perusteet = polku_store_list_workshop_perusteet (store, workshop_id, error)) == NULL)
    return 0;

  if (perusteet->len == 0)
    {
      /* Translators: %s is a workshop's name. */
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("The tasks of “%s” are not mapped to any qualification yet."), workshop->name);
      return 0;
    }

  for (guint i = 0; i < perusteet->len; i++)
    {
      PolkuPerusteRefRecord *peruste = g_ptr_array_index (perusteet, i);
      g_autoptr(PolkuRecognitionRecord) recognition = NULL;
      g_autoptr(PolkuPerusteCoverageRecord) coverage = NULL;

      recognition = polku_store_get_recognition (store, workshop_id, peruste->peruste_id, error);
      if (recognition == NULL)
        return 0;
      if (polku_recognition_record_is_recognised (recognition))
        {
          recognised = peruste->peruste_id;
          n_recognised++;
        }

      coverage = polku_store_get_peruste_coverage (store, workshop_id, peruste->peruste_id, error);
      if (coverage == NULL)
        return 0;
      if (best == 0 || coverage->n_covered > best_covered)
        {
          best = peruste->peruste_id;
          best_covered = coverage->n_covered;
        }
    }

  /* Several recognitions: the one with most covered, as good as any. */
  return n_recognised == 1 ? recognised : best;
}

static PolkuPrintDocument *
build_environment_report (PolkuStore                 *store,
                          gint64                      workshop_id,
                          const char                 *language,
                          const PolkuDocumentOptions *options,
                          GError                    **error)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(GError) local_error = NULL;
  PolkuPrintDocument *doc;
  gint64 peruste_id = options != NULL ? options->peruste_id : 0;

  if (peruste_id <= 0 && (peruste_id = choose_peruste (store, workshop_id, &local_error)) == 0)
    {
      if (g_error_matches (local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, workshop_id);

          /* Translators: %s is a workshop's number (an id). */
          g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, _("There is no workshop %s."), id);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  report = polku_environment_report_new (store, workshop_id, peruste_id, error);
  if (report == NULL)
    return NULL;
  doc = polku_document_environment_report_new (report, language, error);
  if (doc != NULL && options != NULL && options->printed_on != NULL)
    {
      GDate date;

      if (polku_date_parse_iso (options->printed_on, &date))
        {
          g_autoptr(GDateTime) printed = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                                g_date_get_day (&date), 12, 0, 0);

          polku_print_document_set_date (doc, printed);
        }
    }
  return doc;
}

/**
 * polku_document_build:
 * @store: the database
 * @kind: which document
 * @id: the learner (plan, certificate, review sheet) or the workshop
 *   (environment report)
 * @language: "fi" or "sv": the document's language, whatever the UI's is
 * @options: (nullable): signature names, the period, the date
 *
 * Reads what the document needs and lays it out. Nothing is written.
 *
 * Returns: (transfer full): the document, or %NULL with @error set:
 *   %POLKU_STORE_ERROR_NOT_FOUND for an unknown learner, workshop or period,
 *   %POLKU_PRINT_ERROR_FAILED when there is nothing to print (no plan, no
 *   workshop period, nothing identified, nothing awaiting a decision) or for a
 *   language other than Finnish or Swedish; messages in the UI language
 */
PolkuPrintDocument *
polku_document_build (PolkuStore                 *store,
                      PolkuDocumentKind           kind,
                      gint64                      id,
                      const char                 *language,
                      const PolkuDocumentOptions *options,
                      GError                    **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_strcmp0 (language, "fi") != 0 && g_strcmp0 (language, "sv") != 0)
    {
      /* Translators: %s is what was asked for instead of fi or sv. */
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("Documents are printed in Finnish (fi) or Swedish (sv), not in “%s”."),
                   language != NULL ? language : "");
      return NULL;
    }

  switch (kind)
    {
    case POLKU_DOCUMENT_PLAN:
      return polku_document_plan_new (store, id, language, options, error);
    case POLKU_DOCUMENT_CERTIFICATE:
      return polku_document_certificate_new (store, id, language, options, error);
    case POLKU_DOCUMENT_REVIEW_SHEET:
      return polku_document_review_sheet_new (store, id, language, options, error);
    case POLKU_DOCUMENT_ENVIRONMENT_REPORT:
      return build_environment_report (store, id, language, options, error);
    default:
      g_return_val_if_reached (NULL);
    }
}
