/* polku-document-environment-report.c: the learning environment report laid out
 * for paper.
 *
 * The order follows the PAIKKO reports: the qualification (name, diaarinumero,
 * koulutukset, osaamisalat, tutkintonimikkeet, dates, ePerusteet), who and where
 * (organisation, workshop, contact people), the recognition, the environment
 * (description, equipment, work tasks), then the units learnable here with a
 * bar each, and for each unit what can be learned here through which tasks and
 * what cannot. The coverage matrix closes the report as an appendix.
 *
 * Every fixed word is looked up in the document's language (which need not be
 * the UI's); catalogue texts come in that language where ePerusteet has them
 * and in the other one, marked, where it does not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-document-environment-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "polku-catalogue-format.h"
#include "polku-catalogue-text.h"
#include "polku-coverage-drawing.h"
#include "polku-document-common.h"
#include "polku-document-environment-report.h"
#include "polku-print-i18n.h"

#define EPERUSTEET_URL "https://eperusteet.opintopolku.fi"

/* The coverage matrix on paper: its own small type, and never taller than
 * what fits under a heading on one page. */
#define CHART_FONT_SIZE   7.5
#define CHART_MAX_HEIGHT  620.0
#define CHART_MIN_LABEL   170.0
#define CHART_MAX_LABEL   300.0

typedef struct
{
  PolkuPrintDocument           *doc;
  const PolkuEnvironmentReport *report;
  const char                   *language;
  gboolean                      swedish;
  gboolean                      preparatory;  /* TUVA, TELMA: a training with parts and objectives */
  PolkuCreditUnit               credit_unit;
  PangoContext                 *chart_context;
} Builder;

/* One unit's (part of the) coverage matrix, drawn later, maybe in a thread. */
typedef struct
{
  PolkuCoverageChart *chart;
  PolkuCoverageStyle  style;
  char               *language;
  double              scale;
} ChartDrawing;

/* Words */

/* A fixed word in the document's language (a macro, to keep format checks). */
#define T(b, msgid) polku_print_gettext ((b)->language, (msgid))

/* The catalogue text in the document's language, else the other one with the
 * mark after it; NULL when there is none. */
static char *
pick (Builder    *b,
      const char *fi,
      const char *sv)
{
  return polku_doc_pick_text (b->swedish, fi, sv, NULL);
}

static gboolean
is_fallback (Builder    *b,
             const char *fi,
             const char *sv)
{
  gboolean fallback = FALSE;

  polku_catalogue_text_pick (fi, sv, NULL, b->swedish, &fallback);
  return fallback;
}

static char *
join_address (const char *address,
              const char *postal_code,
              const char *municipality)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *place = NULL;

  if (polku_doc_has_text (postal_code) && polku_doc_has_text (municipality))
    place = g_strdup_printf ("%s %s", postal_code, municipality);
  else if (polku_doc_has_text (postal_code) || polku_doc_has_text (municipality))
    place = g_strdup (polku_doc_has_text (postal_code) ? postal_code : municipality);

  if (polku_doc_has_text (address))
    g_string_append (out, address);
  if (place != NULL)
    g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", place);

  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "105429 Kalusteiden valmistaminen" */
static char *
unit_title (Builder                       *b,
            const PolkuUnitCoverageRecord *unit)
{
  g_autofree char *name = pick (b, unit->nimi_fi, unit->nimi_sv);

  if (name == NULL)
    name = g_strdup (unit->koodi_arvo != NULL ? unit->koodi_arvo : "");
  else if (polku_doc_has_text (unit->koodi_arvo))
    return g_strdup_printf ("%s %s", unit->koodi_arvo, name);

  return g_steal_pointer (&name);
}

/* Which objectives a common unit's row belongs to; NULL for requirements. */
static const char *
objective_kind_label (Builder    *b,
                      const char *kind)
{
  if (g_strcmp0 (kind, "pakollinen") == 0)
    return T (b, N_("mandatory objectives"));
  if (g_strcmp0 (kind, "valinnainen") == 0)
    return T (b, N_("optional objectives"));
  return NULL;
}

/* The group a row sits in: the osa-alue of a common unit, the kohdealue, or
 * both; NULL when the unit's requirements are one plain list. */
static char *
row_group (Builder                      *b,
           const PolkuCoverageRowRecord *row)
{
  g_autofree char *osa_alue = pick (b, row->osa_alue_nimi_fi, row->osa_alue_nimi_sv);
  g_autofree char *kohdealue = pick (b, row->kohdealue_fi, row->kohdealue_sv);
  const char *kind = objective_kind_label (b, row->objective_kind);
  g_autoptr(GString) out = g_string_new (NULL);

  if (osa_alue != NULL)
    g_string_append (out, osa_alue);
  if (kind != NULL)
    g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", kind);
  if (kohdealue != NULL)
    g_string_append_printf (out, "%s%s", out->len > 0 ? " – " : "", kohdealue);

  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A requirement's text, sub-items indented with dashes. */
static char *
row_text (Builder                      *b,
          const PolkuCoverageRowRecord *row)
{
  g_autofree char *text = pick (b, row->text_fi, row->text_sv);

  return polku_doc_indented_text (text, row->depth);
}

static gboolean
unit_has_objectives (const PolkuUnitCoverageRecord *unit)
{
  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);

      if (row->osa_alue_id != 0)
        return TRUE;
    }
  return FALSE;
}

/* A common unit's osa-alueet where no objective is covered: their objectives
 * are summed up by name rather than listed one by one (a common unit has
 * hundreds). Returns a set of osa_alue_id (gint64 *). */
static GHashTable *
uncovered_osa_alueet (const PolkuUnitCoverageRecord *unit)
{
  GHashTable *uncovered = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) covered = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);

      if (row->osa_alue_id != 0 && row->tasks->len > 0)
        g_hash_table_add (covered, (gpointer) &row->osa_alue_id);
    }

  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);

      if (row->osa_alue_id != 0 && !g_hash_table_contains (covered, &row->osa_alue_id) &&
          !g_hash_table_contains (uncovered, &row->osa_alue_id))
        g_hash_table_add (uncovered, g_memdup2 (&row->osa_alue_id, sizeof (gint64)));
    }

  return uncovered;
}

static gboolean
unit_is_learnable (const PolkuUnitCoverageRecord *unit)
{
  return unit->level != POLKU_UNIT_EXTENT_NONE;
}

/* Whether any text the report prints comes in the other language. */
static gboolean
report_has_fallback (Builder *b)
{
  const PolkuEnvironmentReport *report = b->report;
  GPtrArray *code_lists[] = { report->koulutukset, report->osaamisalat, report->tutkintonimikkeet };

  if (is_fallback (b, report->peruste_name_fi, report->peruste_name_sv))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (code_lists); i++)
    for (guint j = 0; code_lists[i] != NULL && j < code_lists[i]->len; j++)
      {
        const PolkuCatalogueCodeRecord *code = g_ptr_array_index (code_lists[i], j);

        if (is_fallback (b, code->nimi_fi, code->nimi_sv))
          return TRUE;
      }

  for (guint i = 0; i < report->coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (report->coverage->units, i);

      if (!unit_is_learnable (unit))
        continue;
      if (is_fallback (b, unit->nimi_fi, unit->nimi_sv))
        return TRUE;

      for (guint j = 0; j < unit->rows->len; j++)
        {
          const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, j);

          if (is_fallback (b, row->text_fi, row->text_sv) ||
              is_fallback (b, row->kohdealue_fi, row->kohdealue_sv) ||
              is_fallback (b, row->osa_alue_nimi_fi, row->osa_alue_nimi_sv))
            return TRUE;
        }
    }

  return FALSE;
}

/* The tasks covering @row, one per line. */
static char *
row_tasks (const PolkuCoverageRowRecord *row)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < row->tasks->len; i++)
    {
      const PolkuCoveringTaskRecord *task = g_ptr_array_index (row->tasks, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "", task->title);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "351203 Puuteollisuuden perustutkinto" one per line. */
static char *
code_list (Builder   *b,
           GPtrArray *codes,
           gboolean   with_code)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      const PolkuCatalogueCodeRecord *code = g_ptr_array_index (codes, i);
      g_autofree char *name = pick (b, code->nimi_fi, code->nimi_sv);

      if (name == NULL && code->arvo == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (with_code && code->arvo != NULL && name != NULL)
        g_string_append_printf (out, "%s %s", code->arvo, name);
      else
        g_string_append (out, name != NULL ? name : code->arvo);
    }

  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The qualification */

static void
add_qualification (Builder *b)
{
  const PolkuEnvironmentReport *report = b->report;
  g_autofree char *name = pick (b, report->peruste_name_fi, report->peruste_name_sv);
  g_autofree char *koulutukset = code_list (b, report->koulutukset, TRUE);
  g_autofree char *osaamisalat = code_list (b, report->osaamisalat, FALSE);
  g_autofree char *nimikkeet = code_list (b, report->tutkintonimikkeet, FALSE);
  g_autofree char *valid_from = polku_doc_format_date (report->valid_from);
  g_autofree char *valid_until = polku_doc_format_date (report->valid_until);
  g_autofree char *transition = polku_doc_format_date (report->transition_until);

  polku_print_document_add_heading (b->doc, 1, b->preparatory ? T (b, N_("Training")) : T (b, N_("Qualification")));
  polku_doc_document_add_key_value (b->doc, T (b, N_("Name")), name);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Diaarinumero")), report->diaarinumero);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Education codes")), koulutukset);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Competence areas")), osaamisalat);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Qualification titles")), nimikkeet);
  polku_doc_document_add_key_value (b->doc, T (b, N_("In force from")), valid_from);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Valid until")), valid_until);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Transition period ends")), transition);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Link to ePerusteet")), EPERUSTEET_URL);

  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL,
                                 b->preparatory ? T (b, N_("Training data: Opetushallitus, ePerusteet"))
                                                : T (b, N_("Qualification data: Opetushallitus, ePerusteet")));
  if (report_has_fallback (b))
    {
      g_autofree char *note = polku_doc_fallback_note (b->language, b->swedish);

      polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL, note);
    }
}

/* Who and where */

static void
add_environment (Builder *b)
{
  const PolkuEnvironmentReport *report = b->report;
  const PolkuOrganisationRecord *organisation = report->organisation;
  const PolkuWorkshopRecord *workshop = report->workshop;
  g_autofree char *address = join_address (workshop->address, workshop->postal_code, workshop->municipality);
  g_autofree char *organisation_address = join_address (organisation->address, organisation->postal_code,
                                                        organisation->municipality);

  polku_print_document_add_heading (b->doc, 1, T (b, N_("Learning environment")));
  polku_doc_document_add_key_value (b->doc, T (b, N_("Organisation")), organisation->name);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Business ID")), organisation->business_id);
  if (address != NULL && organisation_address != NULL && g_strcmp0 (address, organisation_address) != 0)
    polku_doc_document_add_key_value (b->doc, T (b, N_("Organisation's address")), organisation_address);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Workshop")), workshop->name);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Address")), address != NULL ? address : organisation_address);

  if (report->contacts->len > 0)
    {
      static const double widths[] = { 0.26, 0.24, 0.18, 0.32 };
      const char *header[] = { T (b, N_("Name")), T (b, N_("Title")), T (b, N_("Phone")), T (b, N_("E-mail")) };
      PolkuPrintTable *table;

      polku_print_document_add_heading (b->doc, 2, T (b, N_("Contact people")));
      table = polku_print_document_add_table (b->doc, G_N_ELEMENTS (widths), widths, header);
      for (guint i = 0; i < report->contacts->len; i++)
        {
          const PolkuContactRecord *contact = g_ptr_array_index (report->contacts, i);
          const char *cells[] = { contact->name, contact->title, contact->phone, contact->email };

          polku_print_table_add_row (table, cells);
        }
    }
}

static void
add_recognition (Builder *b)
{
  const PolkuRecognitionRecord *recognition = b->report->recognition;
  g_autofree char *recognised_on = polku_doc_format_date (recognition->recognised_on);
  g_autofree char *published_on = polku_doc_format_date (recognition->published_on);
  g_autofree char *recogniser = NULL;

  if (polku_doc_has_text (recognition->recogniser_name) && polku_doc_has_text (recognition->recogniser_organisation))
    recogniser = g_strdup_printf ("%s (%s)", recognition->recogniser_name, recognition->recogniser_organisation);
  else if (polku_doc_has_text (recognition->recogniser_name))
    recogniser = g_strdup (recognition->recogniser_name);
  else if (polku_doc_has_text (recognition->recogniser_organisation))
    recogniser = g_strdup (recognition->recogniser_organisation);

  polku_print_document_add_heading (b->doc, 2, T (b, N_("Recognition")));
  if (recognised_on == NULL && recogniser == NULL && published_on == NULL && !polku_doc_has_text (recognition->note))
    {
      polku_print_document_add_paragraph (b->doc,
                                          T (b, N_("The recognition of the learning environment has not been recorded yet.")));
      return;
    }

  polku_doc_document_add_key_value (b->doc, T (b, N_("Recognised on")), recognised_on);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Recognised by")), recogniser);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Published on")), published_on);
  polku_doc_document_add_key_value (b->doc, T (b, N_("Note")), recognition->note);
}

static void
add_tasks (Builder *b)
{
  GPtrArray *tasks = b->report->tasks;
  gboolean any_description = FALSE;
  gboolean any_duration = FALSE;
  PolkuPrintTable *table;

  if (tasks->len == 0)
    return;

  for (guint i = 0; i < tasks->len; i++)
    {
      const PolkuTaskRecord *task = g_ptr_array_index (tasks, i);

      any_description |= polku_doc_has_text (task->description);
      any_duration |= polku_doc_has_text (task->duration);
    }

  polku_print_document_add_heading (b->doc, 2, T (b, N_("Work tasks")));

  if (!any_description && !any_duration)
    {
      for (guint i = 0; i < tasks->len; i++)
        polku_print_document_add_bullet (b->doc, 0, ((const PolkuTaskRecord *) g_ptr_array_index (tasks, i))->title);
      return;
    }

  /* A column nobody filled in is left out, never printed blank. */
  if (any_duration && !any_description)
    {
      static const double widths[] = { 0.70, 0.30 };
      const char *header[] = { T (b, N_("Work task")), T (b, N_("Typical duration")) };

      table = polku_print_document_add_table (b->doc, 2, widths, header);
      for (guint i = 0; i < tasks->len; i++)
        {
          const PolkuTaskRecord *task = g_ptr_array_index (tasks, i);
          const char *cells[] = { task->title, task->duration };

          polku_print_table_add_row (table, cells);
        }
      return;
    }

  if (any_duration)
    {
      static const double widths[] = { 0.30, 0.50, 0.20 };
      const char *header[] = { T (b, N_("Work task")), T (b, N_("Description")), T (b, N_("Typical duration")) };

      table = polku_print_document_add_table (b->doc, 3, widths, header);
    }
  else
    {
      static const double widths[] = { 0.32, 0.68 };
      const char *header[] = { T (b, N_("Work task")), T (b, N_("Description")) };

      table = polku_print_document_add_table (b->doc, 2, widths, header);
    }

  for (guint i = 0; i < tasks->len; i++)
    {
      const PolkuTaskRecord *task = g_ptr_array_index (tasks, i);
      const char *cells[] = { task->title, task->description, task->duration };

      polku_print_table_add_row (table, cells);
    }
}

/* The units */

static void
add_summary (Builder *b)
{
  const PolkuPerusteCoverageRecord *coverage = b->report->coverage;
  guint n_full = polku_environment_report_count_units (b->report, POLKU_UNIT_EXTENT_FULL);
  guint n_partial = polku_environment_report_count_units (b->report, POLKU_UNIT_EXTENT_PARTIAL);
  guint n_none = polku_environment_report_count_units (b->report, POLKU_UNIT_EXTENT_NONE);
  g_autofree char *requirements = g_strdup_printf ("%u / %u", coverage->n_covered, coverage->n_total);
  g_autofree char *full_credits = polku_doc_format_credits_in (b->language, coverage->credits_full, b->credit_unit);
  g_autofree char *partial_credits = polku_doc_format_credits_in (b->language, coverage->credits_partial, b->credit_unit);
  g_autofree char *full = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *none = g_strdup_printf ("%u", n_none);

  full = n_full > 0 && full_credits != NULL ? g_strdup_printf ("%u (%s)", n_full, full_credits)
                                            : g_strdup_printf ("%u", n_full);
  partial = n_partial > 0 && partial_credits != NULL ? g_strdup_printf ("%u (%s)", n_partial, partial_credits)
                                                     : g_strdup_printf ("%u", n_partial);

  if (b->preparatory)
    {
      polku_print_document_add_heading (b->doc, 1, T (b, N_("Training parts learnable here")));
      polku_print_document_add_key_value (b->doc, T (b, N_("Objectives learnable here")), requirements);
      polku_print_document_add_key_value (b->doc, T (b, N_("Training parts fully learnable here")), full);
      polku_print_document_add_key_value (b->doc, T (b, N_("Training parts partly learnable here")), partial);
      polku_print_document_add_key_value (b->doc, T (b, N_("Other parts of the training")), none);
    }
  else
    {
      polku_print_document_add_heading (b->doc, 1, T (b, N_("Units of the qualification learnable here")));
      polku_print_document_add_key_value (b->doc, T (b, N_("Requirements learnable here")), requirements);
      polku_print_document_add_key_value (b->doc, T (b, N_("Units fully learnable here")), full);
      polku_print_document_add_key_value (b->doc, T (b, N_("Units partly learnable here")), partial);
      polku_print_document_add_key_value (b->doc, T (b, N_("Other units of the qualification")), none);
    }

  if (n_full + n_partial == 0)
    {
      polku_print_document_add_paragraph (b->doc,
                                          b->preparatory
                                          ? T (b, N_("No part of the training is covered by the workshop's tasks yet."))
                                          : T (b, N_("No unit of the qualification is covered by the workshop's tasks yet.")));
      return;
    }

  polku_print_document_add_spacing (b->doc, 6);
  for (guint i = 0; i < coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (coverage->units, i);
      g_autofree char *title = NULL;
      g_autofree char *value = NULL;

      if (!unit_is_learnable (unit))
        continue;

      title = unit_title (b, unit);
      value = g_strdup_printf ("%u / %u", unit->n_covered, unit->n_total);
      polku_print_document_add_progress (b->doc, title, unit->n_covered, unit->n_total, value);
    }
  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL,
                                 b->preparatory
                                 ? T (b, N_("Each bar shows how many of the training part's objectives the workshop's work tasks cover."))
                                 : T (b, N_("Each bar shows how many of the unit's requirements the workshop's work tasks cover.")));
}

static void
add_unit (Builder                       *b,
          const PolkuUnitCoverageRecord *unit)
{
  gboolean objectives = b->preparatory || unit_has_objectives (unit);
  g_autofree char *title = unit_title (b, unit);
  g_autofree char *credits = polku_doc_format_credits_in (b->language, unit->credits, b->credit_unit);
  g_autofree char *figure = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *last_group = NULL;
  g_autoptr(GHashTable) empty_areas = uncovered_osa_alueet (unit);
  PolkuPrintTable *table = NULL;
  guint n_uncovered = unit->n_total - MIN (unit->n_covered, unit->n_total);
  gboolean first = TRUE;

  polku_print_document_add_heading (b->doc, 2, title);

  if (credits != NULL)
    g_string_append_printf (line, "%s · ", credits);
  g_string_append (line, unit->level == POLKU_UNIT_EXTENT_FULL ? T (b, N_("Fully learnable here"))
                                                               : T (b, N_("Partly learnable here")));
  if (objectives)
    /* Translators: how many of a common unit's objectives can be learned, e.g. "4 / 6 objectives". */
    figure = g_strdup_printf (T (b, N_("%u / %u objectives")), unit->n_covered, unit->n_total);
  else
    /* Translators: how many of a unit's requirements can be learned, e.g. "4 / 6 requirements". */
    figure = g_strdup_printf (T (b, N_("%u / %u requirements")), unit->n_covered, unit->n_total);
  g_string_append_printf (line, " (%s)", figure);
  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_STRONG, line->str);

  if (unit->marked != POLKU_UNIT_EXTENT_NONE)
    {
      const char *mark = unit->marked == POLKU_UNIT_EXTENT_FULL ? T (b, N_("Marked as fully learnable here"))
                                                                : T (b, N_("Marked as partly learnable here"));
      g_autofree char *text = polku_doc_has_text (unit->marked_note) ? g_strdup_printf ("%s: %s", mark, unit->marked_note)
                                                           : g_strdup_printf ("%s.", mark);

      polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS, text);
    }

  /* What can be learned here, and through which tasks. */
  if (unit->n_covered == 0)
    polku_print_document_add_paragraph (b->doc,
                                        b->preparatory
                                        ? T (b, N_("No work task has been mapped to the objectives of this training part yet."))
                                        : T (b, N_("No work task has been mapped to the requirements of this unit yet.")));

  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);
      g_autofree char *group = NULL;
      g_autofree char *text = NULL;
      g_autofree char *tasks = NULL;

      if (row->tasks->len == 0)
        continue;

      if (table == NULL)
        {
          static const double widths[] = { 0.6, 0.4 };
          const char *header[] = {
            objectives ? T (b, N_("Competence objective")) : T (b, N_("Vocational skill requirement")),
            T (b, N_("Work tasks")),
          };

          polku_print_document_add_heading (b->doc, 3, T (b, N_("Learnable here")));
          table = polku_print_document_add_table (b->doc, 2, widths, header);
        }

      group = row_group (b, row);
      if (group != NULL && g_strcmp0 (group, last_group) != 0)
        polku_print_table_add_section (table, group);
      g_free (last_group);
      last_group = g_steal_pointer (&group);

      text = row_text (b, row);
      tasks = row_tasks (row);
      {
        const char *cells[] = { text, tasks };

        polku_print_table_add_row (table, cells);
      }
    }

  /* What cannot be learned here. */
  if (n_uncovered == 0)
    {
      if (unit->n_total > 0)
        polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS,
                                       b->preparatory
                                       ? T (b, N_("Every objective of the training part can be learned here."))
                                       : T (b, N_("Every requirement of the unit can be learned here.")));
      return;
    }

  g_clear_pointer (&last_group, g_free);
  polku_print_document_add_heading (b->doc, 3, T (b, N_("Not learnable in this environment")));
  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);
      g_autofree char *group = NULL;
      g_autofree char *text = NULL;

      if (row->tasks->len > 0 || g_hash_table_contains (empty_areas, &row->osa_alue_id))
        continue;

      group = row_group (b, row);
      if (group != NULL && g_strcmp0 (group, last_group) != 0)
        {
          if (!first)
            polku_print_document_add_spacing (b->doc, 2);
          polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS, group);
        }
      g_free (last_group);
      last_group = g_steal_pointer (&group);
      first = FALSE;

      text = pick (b, row->text_fi, row->text_sv);
      polku_print_document_add_bullet (b->doc, MIN (row->depth, 3), text != NULL ? text : "");
    }

  /* Whole osa-alueet with nothing learnable here: by name only. */
  if (g_hash_table_size (empty_areas) > 0)
    {
      g_autoptr(GHashTable) named = g_hash_table_new (g_int64_hash, g_int64_equal);

      if (!first)
        polku_print_document_add_spacing (b->doc, 2);
      polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS,
                                     T (b, N_("Areas of the unit with no objective learnable here:")));
      for (guint i = 0; i < unit->rows->len; i++)
        {
          const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);
          g_autofree char *name = NULL;

          if (!g_hash_table_contains (empty_areas, &row->osa_alue_id) ||
              !g_hash_table_add (named, (gpointer) &row->osa_alue_id))
            continue;

          name = pick (b, row->osa_alue_nimi_fi, row->osa_alue_nimi_sv);
          polku_print_document_add_bullet (b->doc, 0, name != NULL ? name : "");
        }
    }
}

/* The coverage matrix */

static void
chart_drawing_free (gpointer data)
{
  ChartDrawing *drawing = data;

  polku_coverage_chart_free (drawing->chart);
  g_free (drawing->language);
  g_free (drawing);
}

static void
set_chart_font (PangoContext *context,
                const char   *language)
{
  PangoFontDescription *font = pango_font_description_from_string (POLKU_PRINT_FONT_FAMILY);

  pango_font_description_set_size (font, (int) (CHART_FONT_SIZE * PANGO_SCALE));
  pango_context_set_font_description (context, font);
  pango_context_set_language (context, pango_language_from_string (language));
  pango_font_description_free (font);
}

static void
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  user_data)
{
  ChartDrawing *drawing = user_data;
  g_autoptr(PangoLayout) probe = NULL;
  PangoContext *context;

  cairo_save (cr);
  cairo_scale (cr, drawing->scale, drawing->scale);

  /* The print engine's context (72 dpi, unhinted metrics), as when measured. */
  probe = polku_print_create_layout (cr);
  context = pango_layout_get_context (probe);
  set_chart_font (context, drawing->language);
  pango_cairo_update_context (cr, context);

  polku_coverage_chart_draw (drawing->chart, cr, context, &drawing->style, TRUE);
  cairo_restore (cr);
}

static void
chart_style (PolkuCoverageStyle *style)
{
  polku_coverage_style_init_default (style);
  /* Print: black text, a darker grid, colours that survive a grey printer. */
  style->foreground = (PolkuCoverageColor) { 0.10, 0.10, 0.10, 1.0 };
  style->grid = (PolkuCoverageColor) { 0.0, 0.0, 0.0, 0.22 };
  style->group_background = (PolkuCoverageColor) { 0.09, 0.27, 0.43, 0.08 };
  style->mark = (PolkuCoverageColor) { 0.09, 0.27, 0.43, 1.0 };
  style->cell_size = 16;
  style->header_label_width = 150;
  style->label_lines = 3;
  style->label_width = CHART_MAX_LABEL;
}

/* The ids of the tasks that cover some requirement of @unit: the report's
 * active tasks in the workshop's order, then any other covering task. */
static GArray *
unit_chart_tasks (Builder                       *b,
                  const PolkuUnitCoverageRecord *unit)
{
  g_autoptr(GArray) covering = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *tasks = b->report->tasks;

  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);

      for (guint j = 0; j < row->tasks->len; j++)
        {
          const PolkuCoveringTaskRecord *task = g_ptr_array_index (row->tasks, j);
          gboolean seen = FALSE;

          for (guint k = 0; k < covering->len && !seen; k++)
            seen = g_array_index (covering, gint64, k) == task->task_id;
          if (!seen)
            g_array_append_val (covering, task->task_id);
        }
    }

  for (guint i = 0; i < tasks->len; i++)
    {
      const PolkuTaskRecord *task = g_ptr_array_index (tasks, i);

      for (guint k = 0; k < covering->len; k++)
        if (g_array_index (covering, gint64, k) == task->task_id)
          {
            g_array_append_val (columns, task->task_id);
            g_array_remove_index (covering, k);
            break;
          }
    }
  g_array_append_vals (columns, covering->data, covering->len);

  return columns;
}

static const char *
covering_task_title (const PolkuUnitCoverageRecord *unit,
                     gint64                         task_id)
{
  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);

      for (guint j = 0; j < row->tasks->len; j++)
        {
          const PolkuCoveringTaskRecord *task = g_ptr_array_index (row->tasks, j);

          if (task->task_id == task_id)
            return task->title;
        }
    }
  return "";
}

/* A chart of the rows of @unit whose indices are @rows[@first … @last - 1]. */
static PolkuCoverageChart *
make_chart (Builder                       *b,
            const PolkuUnitCoverageRecord *unit,
            GArray                        *columns,
            GArray                        *rows,
            guint                          first,
            guint                          last)
{
  PolkuCoverageChart *chart = polku_coverage_chart_new ();
  gboolean any_direct = FALSE, any_by_code = FALSE, any_uncovered = FALSE;

  /* The legend names only the marks this unit's chart uses. */
  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);

      any_uncovered |= row->tasks->len == 0;
      for (guint j = 0; j < row->tasks->len; j++)
        {
          const PolkuCoveringTaskRecord *task = g_ptr_array_index (row->tasks, j);

          any_by_code |= task->by_code;
          any_direct |= !task->by_code;
        }
    }

  polku_coverage_chart_set_labels (chart,
                                   T (b, N_("Not learnable here")),
                                   any_direct ? T (b, N_("Learned in the task")) : NULL,
                                   any_by_code ? T (b, N_("Learned in the task (same national requirement)")) : NULL,
                                   any_uncovered ? T (b, N_("Not learnable here")) : NULL);

  for (guint i = 0; i < columns->len; i++)
    polku_coverage_chart_add_column (chart, covering_task_title (unit, g_array_index (columns, gint64, i)));

  for (guint i = first; i < last; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, g_array_index (rows, guint, i));
      g_autofree char *group = row_group (b, row);
      g_autofree char *text = pick (b, row->text_fi, row->text_sv);
      guint index = polku_coverage_chart_add_row (chart, group, text, row->depth, row->tasks->len > 0);

      for (guint j = 0; j < row->tasks->len; j++)
        {
          const PolkuCoveringTaskRecord *task = g_ptr_array_index (row->tasks, j);

          for (guint k = 0; k < columns->len; k++)
            if (g_array_index (columns, gint64, k) == task->task_id)
              polku_coverage_chart_set_mark (chart, index, k,
                                             task->by_code ? POLKU_COVERAGE_MARK_BY_CODE
                                                           : POLKU_COVERAGE_MARK_DIRECT);
        }
    }

  return chart;
}

static void
chart_size (Builder                  *b,
            PolkuCoverageChart       *chart,
            const PolkuCoverageStyle *style,
            double                   *width,
            double                   *height)
{
  polku_coverage_chart_get_size (chart, b->chart_context, style, TRUE, width, height);
}

/* The widest requirement column that leaves the whole chart on the page;
 * with many tasks, narrower columns too, so that little needs shrinking. */
static void
fit_label_width (Builder                       *b,
                 const PolkuUnitCoverageRecord *unit,
                 GArray                        *columns,
                 GArray                        *rows,
                 PolkuCoverageStyle            *style)
{
  g_autoptr(PolkuCoverageChart) probe = make_chart (b, unit, columns, rows, 0, rows->len);
  double width;

  style->label_width = CHART_MAX_LABEL;
  chart_size (b, probe, style, &width, NULL);
  if (width <= POLKU_PRINTABLE_WIDTH)
    return;

  style->label_width = MAX (CHART_MAX_LABEL - (width - POLKU_PRINTABLE_WIDTH), CHART_MIN_LABEL);
  if (style->label_width > CHART_MIN_LABEL)
    return;

  style->cell_size = 12;
  style->header_label_width = 110;
  style->label_width = CHART_MAX_LABEL;
  chart_size (b, probe, style, &width, NULL);
  if (width > POLKU_PRINTABLE_WIDTH)
    style->label_width = MAX (CHART_MAX_LABEL - (width - POLKU_PRINTABLE_WIDTH), CHART_MIN_LABEL);
}

static void
add_chart_drawing (Builder                  *b,
                   PolkuCoverageChart       *chart,
                   const PolkuCoverageStyle *style,
                   double                    width,
                   double                    height)
{
  ChartDrawing *drawing = g_new0 (ChartDrawing, 1);

  drawing->chart = chart;
  drawing->style = *style;
  drawing->language = g_strdup (b->language);
  /* Many tasks: the whole picture shrinks rather than leave the page. */
  drawing->scale = width > POLKU_PRINTABLE_WIDTH ? POLKU_PRINTABLE_WIDTH / width : 1.0;

  polku_print_document_add_drawing (b->doc, ceil (height * drawing->scale) + 1, draw_chart, drawing,
                                    chart_drawing_free);
}

static void
add_unit_chart (Builder                       *b,
                const PolkuUnitCoverageRecord *unit)
{
  g_autoptr(GArray) columns = unit_chart_tasks (b, unit);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) empty_areas = uncovered_osa_alueet (unit);
  g_autofree char *title = unit_title (b, unit);
  PolkuCoverageStyle style;
  guint first = 0;

  /* No task teaches any of it: the unit's section says so, a chart would not. */
  if (unit->rows->len == 0 || columns->len == 0)
    return;

  /* Osa-alueet with nothing learnable here are named in the unit's section. */
  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);

      if (!g_hash_table_contains (empty_areas, &row->osa_alue_id))
        g_array_append_val (rows, i);
    }

  chart_style (&style);
  fit_label_width (b, unit, columns, rows, &style);

  /* Long units go on in further charts, each small enough for a page. */
  while (first < rows->len)
    {
      g_autoptr(PolkuCoverageChart) chart = NULL;
      double width = 0, height = 0;
      guint last = first + 1;

      chart = make_chart (b, unit, columns, rows, first, last);
      chart_size (b, chart, &style, &width, &height);

      while (last < rows->len)
        {
          g_autoptr(PolkuCoverageChart) longer = make_chart (b, unit, columns, rows, first, last + 1);
          double longer_width, longer_height;
          double scale;

          chart_size (b, longer, &style, &longer_width, &longer_height);
          scale = longer_width > POLKU_PRINTABLE_WIDTH ? POLKU_PRINTABLE_WIDTH / longer_width : 1.0;
          if (longer_height * scale > CHART_MAX_HEIGHT)
            break;

          g_clear_pointer (&chart, polku_coverage_chart_free);
          chart = g_steal_pointer (&longer);
          width = longer_width;
          height = longer_height;
          last++;
        }

      if (first == 0)
        polku_print_document_add_heading (b->doc, 2, title);
      else
        {
          /* Translators: the heading over the rest of a unit's coverage matrix on a further page. */
          g_autofree char *continued = g_strdup_printf (T (b, N_("%s (continued)")), title);

          polku_print_document_add_heading (b->doc, 2, continued);
        }
      add_chart_drawing (b, g_steal_pointer (&chart), &style, width, height);
      first = last;
    }

  if (g_hash_table_size (empty_areas) > 0)
    polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL,
                                   T (b, N_("Areas of the unit with no objective learnable here are left out of the matrix.")));
}

static void
add_matrix (Builder *b)
{
  const PolkuPerusteCoverageRecord *coverage = b->report->coverage;
  gboolean any = FALSE;

  for (guint i = 0; i < coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (coverage->units, i);

      any |= unit_is_learnable (unit) && unit->n_covered > 0;
    }
  if (!any)
    return;

  polku_print_document_add_page_break (b->doc);
  polku_print_document_add_heading (b->doc, 1, T (b, N_("Appendix: coverage matrix")));
  polku_print_document_add_paragraph (b->doc,
                                      b->preparatory
                                      ? T (b, N_("Each row is an objective of the training part and each column a work task of the workshop. "
                                                 "A marked cell means that the objective is learned in that task."))
                                      : T (b, N_("Each row is a requirement of the unit and each column a work task of the workshop. "
                                                 "A marked cell means that the requirement is learned in that task.")));

  for (guint i = 0; i < coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (coverage->units, i);

      if (unit_is_learnable (unit))
        add_unit_chart (b, unit);
    }
}

/* Public API */

/**
 * polku_document_environment_report_new:
 * @report: the report's data
 * @language: "fi" or "sv": the document's language, whatever the UI's is
 *
 * Lays the learning environment report out for printing, PDF export and the
 * preview.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 *   (%POLKU_PRINT_ERROR_FAILED for a language other than Finnish or Swedish)
 */
PolkuPrintDocument *
polku_document_environment_report_new (PolkuEnvironmentReport  *report,
                                       const char              *language,
                                       GError                 **error)
{
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autofree char *peruste_name = NULL;
  g_autofree char *lead = NULL;
  Builder b = { 0 };

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (report->coverage != NULL && report->workshop != NULL, NULL);
  g_return_val_if_fail (report->organisation != NULL && report->recognition != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_strcmp0 (language, "fi") != 0 && g_strcmp0 (language, "sv") != 0)
    {
      /* Translators: %s is what was asked for instead of fi or sv. */
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("Documents are printed in Finnish (fi) or Swedish (sv), not in “%s”."),
                   language != NULL ? language : "");
      return NULL;
    }

  b.report = report;
  b.language = language;
  b.swedish = g_str_equal (language, "sv");
  b.preparatory = polku_doc_is_preparatory (report->koulutustyyppi);
  b.credit_unit = polku_credit_unit_from_string (report->credit_unit);

  doc = polku_print_document_new (T (&b, N_("Learning environment report")), language);
  b.doc = doc;
  polku_print_document_set_header (doc, report->organisation->name, report->workshop->name);

  b.chart_context = polku_print_create_pango_context (NULL);
  set_chart_font (b.chart_context, language);

  /* The title, what this is and what it is not. */
  peruste_name = pick (&b, report->peruste_name_fi, report->peruste_name_sv);
  polku_print_document_add_heading (doc, 0, T (&b, N_("Learning environment report")));
  lead = g_strdup_printf ("%s – %s", report->workshop->name, peruste_name != NULL ? peruste_name : report->diaarinumero);
  polku_print_document_add_text (doc, POLKU_PRINT_TEXT_LEAD, lead);
  polku_print_document_add_spacing (doc, 4);
  polku_print_document_add_paragraph (doc,
                                      b.preparatory
                                      ? T (&b, N_("This report describes which parts and objectives of the training can be "
                                                  "learned through the workshop's everyday work tasks. "
                                                  "The education provider decides on recognising the competence a learner shows here."))
                                      : T (&b, N_("This report describes which units and vocational skill requirements of the "
                                                  "qualification can be learned through the workshop's everyday work tasks. "
                                                  "The education provider decides on recognising the competence a learner shows here.")));

  add_qualification (&b);
  add_environment (&b);
  add_recognition (&b);

  if (polku_doc_has_text (report->workshop->description))
    {
      polku_print_document_add_heading (doc, 2, T (&b, N_("Description of the environment")));
      polku_doc_document_add_free_text (doc, report->workshop->description);
    }
  if (polku_doc_has_text (report->workshop->equipment))
    {
      polku_print_document_add_heading (doc, 2, T (&b, N_("Equipment")));
      polku_doc_document_add_free_text (doc, report->workshop->equipment);
    }
  add_tasks (&b);

  add_summary (&b);
  for (guint i = 0; i < report->coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (report->coverage->units, i);

      if (unit_is_learnable (unit))
        add_unit (&b, unit);
    }

  add_matrix (&b);

  g_object_unref (b.chart_context);
  return g_steal_pointer (&doc);
}
