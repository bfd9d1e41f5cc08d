/* polku-document-certificate.c: the osaamistodistus of one workshop period.
 *
 * A document a young person keeps and shows: the name large, one sentence
 * saying what it is, the period and the place, then per unit what was
 * identified, at which level, through which work. The statement that the
 * education provider decides on recognition closes it, above the coach's
 * signature. Only competence identified (or further) within the period is
 * listed; a record without a date counts for the period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-documents"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-document-common.h"
#include "polku-store-catalogue-read.h"
#include "polku-store-workshop.h"

typedef struct
{
  const PolkuPlanUnitRecord     *unit;
  const PolkuUnitProgressRecord *progress; /* what the plan counts, or NULL */
  GPtrArray                     *rows;     /* PolkuCompetenceRecord (owned by the unit's list) */
  GPtrArray                     *all;      /* the unit's list */
} UnitRows;

static void
unit_rows_free (UnitRows *rows)
{
  g_clear_pointer (&rows->rows, g_ptr_array_unref);
  g_clear_pointer (&rows->all, g_ptr_array_unref);
  g_free (rows);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnitRows, unit_rows_free)

static gboolean
in_period (const PolkuCompetenceRecord *record,
           const PolkuPeriodRecord     *period)
{
  if (!polku_competence_status_counts_identified (record->status))
    return FALSE;
  if (record->shown_on == NULL)
    return TRUE;
  if (period->starts_on != NULL && g_strcmp0 (record->shown_on, period->starts_on) < 0)
    return FALSE;
  if (period->ends_on != NULL && g_strcmp0 (record->shown_on, period->ends_on) > 0)
    return FALSE;
  return TRUE;
}

/* The period asked for, or the latest one (by its start). */
static PolkuPeriodRecord *
find_period (PolkuDocBuilder  *b,
             gint64            period_id,
             GError          **error)
{
  g_autoptr(GPtrArray) periods = polku_store_list_periods (b->store, b->learner->learner_id, error);
  g_autofree char *name = polku_doc_learner_name (b);
  PolkuPeriodRecord *latest = NULL;

  if (periods == NULL)
    return NULL;

  for (guint i = 0; i < periods->len; i++)
    {
      PolkuPeriodRecord *period = g_ptr_array_index (periods, i);

      if (period_id != 0 && period->period_id == period_id)
        return polku_period_record_copy (period);
      if (latest == NULL || g_strcmp0 (period->starts_on, latest->starts_on) >= 0)
        latest = period;
    }

  if (period_id != 0)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, period_id);
      g_autoptr(GString) list = g_string_new (NULL);

      /* The periods there are, so that the right one can be asked for. */
      for (guint i = 0; i < periods->len; i++)
        {
          const PolkuPeriodRecord *period = g_ptr_array_index (periods, i);
          g_autofree char *span = polku_doc_format_span (period->starts_on, period->ends_on);

          g_string_append_printf (list, "%s%" G_GINT64_FORMAT " (%s)", list->len > 0 ? ", " : "",
                                  period->period_id, span != NULL ? span : "");
        }
      if (list->len > 0)
        /* Translators: the first %s is the number of a workshop period (an id), the second a learner's name,
         * the third the learner's periods, e.g. "7 (1.6.2026–9.8.2026), 8 (10.8.2026–)". */
        g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                     _("There is no workshop period %s of %s. Their periods: %s."), id, name, list->str);
      else
        /* Translators: the first %s is the number of a workshop period (an id), the second a learner's name. */
        g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                     _("There is no workshop period %s of %s."), id, name);
      return NULL;
    }
  if (latest == NULL)
    {
      /* Translators: %s is a learner's name. */
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("%s has no workshop period yet; a competence certificate is written for a period."), name);
      return NULL;
    }
  return polku_period_record_copy (latest);
}

static const char *
period_kind_label (PolkuDocBuilder *b,
                   PolkuPeriodKind  kind)
{
  switch (kind)
    {
    case POLKU_PERIOD_KIND_KOULUTUSSOPIMUS:
      return DT (b, N_("Training agreement period"));
    case POLKU_PERIOD_KIND_OPPISOPIMUS:
      return DT (b, N_("Apprenticeship period"));
    case POLKU_PERIOD_KIND_TRAINEE:
    default:
      return DT (b, N_("Workshop period"));
    }
}

/* The first paragraph of the workshop's description: enough to say what the
 * place is; the environment report has the rest. */
static char *
first_paragraph (const char *text)
{
  g_auto(GStrv) paragraphs = NULL;

  if (!polku_doc_has_text (text))
    return NULL;
  paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);
  if (paragraphs[0] == NULL)
    return NULL;
  return g_strstrip (g_strdup (paragraphs[0]));
}

static char *
join_address (const PolkuWorkshopRecord *workshop)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (polku_doc_has_text (workshop->address))
    g_string_append (out, workshop->address);
  if (polku_doc_has_text (workshop->postal_code) || polku_doc_has_text (workshop->municipality))
    g_string_append_printf (out, "%s%s%s%s", out->len > 0 ? ", " : "",
                            polku_doc_has_text (workshop->postal_code) ? workshop->postal_code : "",
                            polku_doc_has_text (workshop->postal_code) && polku_doc_has_text (workshop->municipality) ? " " : "",
                            polku_doc_has_text (workshop->municipality) ? workshop->municipality : "");
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
task_list (const PolkuCompetenceRecord *record)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; record->task_titles != NULL && i < record->task_titles->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (record->task_titles, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_unit (PolkuDocBuilder *b,
          const UnitRows  *rows,
          PolkuCreditUnit  credit_unit)
{
  const PolkuPlanUnitRecord *unit = rows->unit;
  g_autofree char *name = polku_doc_pick (b, unit->nimi_fi, unit->nimi_sv);
  g_autofree char *credits = polku_doc_format_unit_credits (b, unit, credit_unit, NULL, NULL);
  g_autofree char *figure = NULL;
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autofree char *last_group = NULL;
  g_autoptr(PolkuPerusteRecord) peruste = NULL;
  static const double widths3[] = { 0.56, 0.16, 0.28 };
  static const double widths2[] = { 0.80, 0.20 };
  static const double widths_tasks[] = { 0.70, 0.30 };
  static const double widths1[] = { 1.0 };
  const char *header[] = { DT (b, N_("Competence identified")), DT (b, N_("Level")), DT (b, N_("Shown in")) };
  const char *header_tasks[] = { DT (b, N_("Competence identified")), DT (b, N_("Shown in")) };
  /* TELMA's parts have no scale: a column of dashes says nothing. */
  gboolean levels = unit->scale_id != 0;
  g_autofree char *common_tasks = NULL;
  PolkuPrintTable *table;
  guint n_total = 0;

  /* The same count as the pathway summary: the chosen osa-alueet only, and
   * optional objectives once worked on. */
  if (rows->progress != NULL && rows->progress->n_total > 0)
    n_total = rows->progress->n_total;
  else
    for (guint i = 0; i < rows->all->len; i++)
      {
        const PolkuCompetenceRecord *record = g_ptr_array_index (rows->all, i);

        if (!record->retired)
          n_total++;
      }
  n_total = MAX (n_total, rows->rows->len);

  polku_print_document_add_heading (b->doc, 2, name != NULL ? name : unit->koodi_arvo);

  /* Code · credits · diaarinumero and the qualification */
  if (polku_doc_has_text (unit->koodi_arvo))
    /* Translators: on a competence certificate, the unit's national code, e.g. "Code 105429". */
    g_string_append_printf (facts, DT (b, N_("Code %s")), unit->koodi_arvo);
  if (credits != NULL)
    g_string_append_printf (facts, "%s%s", facts->len > 0 ? "  ·  " : "", credits);
  if (unit->peruste_id != 0)
    peruste = polku_store_get_peruste (b->store, unit->peruste_id, NULL);
  if (peruste != NULL)
    {
      g_autofree char *peruste_name = polku_doc_pick (b, peruste->nimi_fi, peruste->nimi_sv);

      g_string_append_printf (facts, "%s%s", facts->len > 0 ? "  ·  " : "", peruste_name != NULL ? peruste_name : "");
    }
  if (polku_doc_has_text (unit->diaarinumero))
    g_string_append_printf (facts, "%s%s", facts->len > 0 ? "  ·  " : "", unit->diaarinumero);
  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL, facts->str);

  if (b->preparatory)
    /* Translators: on a competence certificate of TUVA or TELMA: how many of the training part's objectives were identified, e.g. "4 / 6". */
    figure = g_strdup_printf (DT (b, N_("Objectives of the training part identified: %u / %u")), rows->rows->len, n_total);
  else
    /* Translators: on a competence certificate: how many of the unit's requirements were identified, e.g. "4 / 6". */
    figure = g_strdup_printf (DT (b, N_("Requirements of the unit identified: %u / %u")), rows->rows->len, n_total);
  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS, figure);
  polku_print_document_add_spacing (b->doc, 2);

  /* The same tasks for every row (the usual case): said once, under the
   * table, rather than repeated on each line. */
  for (guint i = 0; i < rows->rows->len; i++)
    {
      g_autofree char *tasks = task_list (g_ptr_array_index (rows->rows, i));

      if (i == 0)
        common_tasks = g_steal_pointer (&tasks);
      else if (g_strcmp0 (tasks, common_tasks) != 0)
        g_clear_pointer (&common_tasks, g_free);
      if (common_tasks == NULL)
        break;
    }

  if (!levels)
    table = common_tasks != NULL ? polku_print_document_add_table (b->doc, 1, widths1, header)
                                 : polku_print_document_add_table (b->doc, 2, widths_tasks, header_tasks);
  else if (common_tasks != NULL)
    table = polku_print_document_add_table (b->doc, 2, widths2, header);
  else
    table = polku_print_document_add_table (b->doc, 3, widths3, header);
  for (guint i = 0; i < rows->rows->len; i++)
    {
      const PolkuCompetenceRecord *record = g_ptr_array_index (rows->rows, i);
      g_autofree char *group = polku_doc_requirement_group (b, record);
      g_autofree char *text = polku_doc_requirement_text (b, record);
      g_autofree char *tasks = task_list (record);
      gboolean fallback = FALSE;
      const char *level = polku_doc_level_label (b, unit->scale_id, record->level_id, &fallback);
      g_autofree char *level_text = NULL;

      if (level != NULL && fallback)
        {
          b->any_fallback = TRUE;
          level_text = g_strconcat (level, "\u00a0" POLKU_DOCUMENT_FALLBACK_MARK, NULL);
        }
      else
        level_text = g_strdup (level != NULL ? level : "\u2013");

      if (group != NULL && g_strcmp0 (group, last_group) != 0)
        polku_print_table_add_section (table, group);
      g_free (last_group);
      last_group = g_steal_pointer (&group);

      if (levels)
        {
          const char *cells[] = { text, level_text, tasks };

          polku_print_table_add_row (table, cells);
        }
      else
        {
          const char *cells[] = { text, tasks };

          polku_print_table_add_row (table, cells);
        }
    }

  if (polku_doc_has_text (common_tasks))
    {
      g_auto(GStrv) titles = g_strsplit (common_tasks, "\n", -1);
      g_autofree char *joined = g_strjoinv (", ", titles);
      g_autofree char *line = g_strdup_printf ("%s: %s", DT (b, N_("Shown in")), joined);

      polku_print_document_add_spacing (b->doc, 2);
      polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_BODY, line);
    }
}

static gboolean
build (PolkuDocBuilder  *b,
       GError          **error)
{
  const PolkuLearnerRecord *learner = b->learner;
  const PolkuDocumentOptions *options = b->options;
  g_autoptr(PolkuPeriodRecord) period = NULL;
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func ((GDestroyNotify) unit_rows_free);
  g_autoptr(PolkuWorkshopRecord) workshop = NULL;
  g_autoptr(PolkuOrganisationRecord) organisation = NULL;
  g_autofree char *name = polku_doc_learner_name (b);
  g_autofree char *span = NULL;
  g_autofree char *address = NULL;
  g_autofree char *description = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *place_date = NULL;
  g_autofree char *date = polku_doc_printed_date (b);
  gint64 workshop_id;
  PolkuPrintSignature signature = { 0 };
  PolkuCreditUnit credit_unit;
  guint n_shown = 0;

  if ((period = find_period (b, options != NULL ? options->period_id : 0, error)) == NULL ||
      (plan = polku_store_get_plan (b->store, learner->learner_id, error)) == NULL ||
      (units = polku_store_list_plan_units (b->store, learner->learner_id, error)) == NULL ||
      (progress = polku_store_list_plan_progress (b->store, learner->learner_id, error)) == NULL)
    return FALSE;
  credit_unit = polku_credit_unit_from_string (plan->laajuus_yksikko);
  b->preparatory = polku_doc_is_preparatory (plan->koulutustyyppi);

  for (guint i = 0; i < units->len; i++)
    {
      const PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      g_autoptr(UnitRows) rows = g_new0 (UnitRows, 1);

      rows->unit = unit;
      for (guint j = 0; j < progress->len; j++)
        if (((PolkuUnitProgressRecord *) g_ptr_array_index (progress, j))->unit_id == unit->unit_id)
          rows->progress = g_ptr_array_index (progress, j);
      rows->rows = g_ptr_array_new ();
      rows->all = polku_store_list_competences (b->store, learner->learner_id, unit->unit_id, error);
      if (rows->all == NULL)
        return FALSE;
      for (guint j = 0; j < rows->all->len; j++)
        {
          PolkuCompetenceRecord *record = g_ptr_array_index (rows->all, j);

          if (in_period (record, period))
            g_ptr_array_add (rows->rows, record);
        }
      n_shown += rows->rows->len;
      if (rows->rows->len > 0)
        g_ptr_array_add (shown, g_steal_pointer (&rows));
    }

  if (n_shown == 0)
    {
      g_autofree char *period_span = polku_doc_format_span (period->starts_on, period->ends_on);

      /* Translators: the first %s is a learner's name, the second the period's dates. */
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("No competence of %s has been identified in the period %s yet; there is nothing to certify."),
                   name, period_span != NULL ? period_span : "");
      return FALSE;
    }

  workshop_id = period->workshop_id != 0 ? period->workshop_id : learner->workshop_id;
  if (workshop_id != 0)
    workshop = polku_store_get_workshop (b->store, workshop_id, NULL);
  organisation = polku_store_get_organisation (b->store, NULL);

  polku_doc_builder_start (b, DT (b, N_("Competence certificate")));
  if (workshop != NULL)
    polku_print_document_set_header (b->doc, organisation != NULL ? organisation->name : NULL, workshop->name);

  /* The title block, centred, with room to breathe. */
  polku_print_document_set_alignment (b->doc, PANGO_ALIGN_CENTER);
  polku_print_document_add_spacing (b->doc, 36);
  polku_print_document_add_heading (b->doc, 0, DT (b, N_("Competence certificate")));
  polku_print_document_add_spacing (b->doc, 18);
  polku_print_document_add_heading (b->doc, 1, name);
  polku_print_document_add_spacing (b->doc, 6);
  span = polku_doc_format_span (period->starts_on, period->ends_on);
  /* Translators: the opening sentence of a competence certificate: the learner's name, the
   * workshop and the period's dates ("1.2.2026–30.6.2026"). */
  sentence = g_strdup_printf (DT (b, N_("%s has shown the competence described below in the everyday work of "
                                        "%s during the workshop period %s.")),
                              name, workshop != NULL ? workshop->name : learner->workshop_name, span != NULL ? span : "");
  polku_print_document_add_paragraph (b->doc, sentence);
  polku_print_document_add_spacing (b->doc, 28);
  polku_print_document_set_alignment (b->doc, PANGO_ALIGN_LEFT);
  polku_print_document_add_rule (b->doc);

  /* Where */
  polku_print_document_add_heading (b->doc, 1, DT (b, N_("The workshop")));
  if (workshop != NULL)
    {
      address = join_address (workshop);
      description = first_paragraph (workshop->description);
      polku_doc_add_key_value (b, DT (b, N_("Workshop")), workshop->name);
    }
  if (organisation != NULL)
    polku_doc_add_key_value (b, DT (b, N_("Organisation")), organisation->name);
  polku_doc_add_key_value (b, DT (b, N_("Address")), address);
  polku_doc_add_key_value (b, DT (b, N_("Period")), span);
  polku_doc_add_key_value (b, DT (b, N_("Form of the period")), period_kind_label (b, period->kind));
  polku_doc_add_key_value (b, DT (b, N_("Main work tasks")), period->main_tasks);
  polku_doc_add_key_value (b, DT (b, N_("Learning environment")), description);

  /* What */
  polku_print_document_add_heading (b->doc, 1, DT (b, N_("Competence identified")));
  for (guint i = 0; i < shown->len; i++)
    add_unit (b, g_ptr_array_index (shown, i), credit_unit);

  /* What this is and what it is not. */
  polku_print_document_add_spacing (b->doc, 12);
  polku_print_document_add_rule (b->doc);
  if (b->preparatory)
    polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS,
                                   DT (b, N_("The competence was identified at the workshop, in real work, against the "
                                             "objectives of the training (ePerusteet). The education provider decides "
                                             "on recognising it as part of the training.")));
  else
    polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS,
                                   DT (b, N_("The competence was identified at the workshop, in real work, against the "
                                             "vocational skill requirements of the qualification (ePerusteet). The "
                                             "education provider decides on recognising it as part of a qualification.")));

  /* Place, date and the coach */
  if (workshop != NULL && polku_doc_has_text (workshop->municipality))
    place_date = g_strdup_printf ("%s %s", workshop->municipality, date);
  else
    place_date = g_strdup (date);
  polku_doc_coach_signature (b, &signature);
  polku_print_document_add_spacing (b->doc, 6);
  polku_print_document_add_signatures (b->doc, DT (b, N_("Place and date")), place_date, &signature, 1);
  return TRUE;
}

/**
 * polku_document_certificate_new:
 *
 * The competence certificate of @learner_id for the period in @options
 * (the latest when 0), in @language.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
PolkuPrintDocument *
polku_document_certificate_new (PolkuStore                 *store,
                                gint64                      learner_id,
                                const char                 *language,
                                const PolkuDocumentOptions *options,
                                GError                    **error)
{
  return polku_doc_build_for_learner (store, learner_id, language, options, build, error);
}
