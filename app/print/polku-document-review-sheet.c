/* polku-document-review-sheet.c: the sheet a teacher decides on by hand.
 *
 * Lists what awaits the education provider's decision: requirements
 * identified or demonstrated with no decision yet, or sent back for more
 * evidence. Each item carries what the teacher needs (the evidence, the
 * coach's observation, the level and the tasks) and empty boxes for the
 * decision and a comment; the criteria of the levels used follow each unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-documents"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-document-common.h"

#define BOX "\u2610"

static gboolean
awaits_decision (const PolkuCompetenceRecord *record)
{
  return (record->status == POLKU_COMPETENCE_IDENTIFIED || record->status == POLKU_COMPETENCE_DEMONSTRATED) &&
         (record->teacher_decision == POLKU_TEACHER_DECISION_NONE ||
          record->teacher_decision == POLKU_TEACHER_DECISION_MORE_EVIDENCE);
}

static void
append_line (GString         *markup,
             const char      *label,
             const char      *value)
{
  g_autofree char *line = NULL;

  if (!polku_doc_has_text (value))
    return;
  line = g_markup_printf_escaped ("\n<span size=\"small\"><i>%s:</i> %s</span>", label, value);
  g_string_append (markup, line);
}

static char *
item_markup (PolkuDocBuilder             *b,
             const PolkuCompetenceRecord *record)
{
  g_autofree char *text = polku_doc_requirement_text (b, record);
  g_autofree char *shown_on = polku_doc_format_date (record->shown_on);
  g_autofree char *status = NULL;
  g_autoptr(GString) tasks = g_string_new (NULL);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (markup, "<b>%s</b>", escaped);

  status = g_strdup (record->status == POLKU_COMPETENCE_DEMONSTRATED ? DT (b, N_("Demonstrated"))
                                                                      : DT (b, N_("Identified at the workshop")));
  if (shown_on != NULL)
    {
      char *with_date = g_strdup_printf ("%s %s", status, shown_on);

      g_free (status);
      status = with_date;
    }
  append_line (markup, DT (b, N_("Status")), status);
  append_line (markup, DT (b, N_("Evidence")), record->evidence);
  append_line (markup, DT (b, N_("Coach’s observation")), record->observation);
  append_line (markup, DT (b, N_("Observed by")), record->observed_by);
  for (guint i = 0; record->task_titles != NULL && i < record->task_titles->len; i++)
    g_string_append_printf (tasks, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (record->task_titles, i));
  append_line (markup, DT (b, N_("Work tasks")), tasks->str);
  append_line (markup, DT (b, N_("Learner’s own view")), record->own_view);
  if (record->teacher_decision == POLKU_TEACHER_DECISION_MORE_EVIDENCE)
    {
      g_autofree char *earlier = NULL;

      if (polku_doc_has_text (record->teacher_comment))
        earlier = g_strdup_printf ("%s: %s", DT (b, N_("More evidence asked")), record->teacher_comment);
      else
        earlier = g_strdup (DT (b, N_("More evidence asked")));
      append_line (markup, DT (b, N_("Earlier decision")), earlier);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* The criteria of the levels the unit's items were identified at. */
static void
add_criteria (PolkuDocBuilder           *b,
              const PolkuPlanUnitRecord *unit,
              GPtrArray                 *items)
{
  g_autoptr(GPtrArray) criteria = polku_store_catalogue_list_criteria (b->store, unit->unit_id, NULL);
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GHashTable) osa_alueet = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (criteria == NULL || criteria->len == 0)
    return;

  for (guint i = 0; i < items->len; i++)
    {
      const PolkuCompetenceRecord *record = g_ptr_array_index (items, i);
      gboolean seen = FALSE;

      g_hash_table_add (osa_alueet, (gpointer) &record->osa_alue_id);
      for (guint j = 0; j < levels->len && !seen; j++)
        seen = g_array_index (levels, int, j) == record->level_id;
      if (!seen && record->level_id != 0)
        g_array_append_val (levels, record->level_id);
    }

  for (guint l = 0; l < levels->len; l++)
    {
      int level_id = g_array_index (levels, int, l);
      const char *label = polku_doc_level_label (b, unit->scale_id, level_id, NULL);
      gboolean first = TRUE;
      g_autofree char *last_target = NULL;

      for (guint i = 0; i < criteria->len; i++)
        {
          const PolkuCriterionRecord *criterion = g_ptr_array_index (criteria, i);
          g_autofree char *text = NULL;
          g_autofree char *target = NULL;

          if (criterion->level_id != level_id ||
              (criterion->osa_alue_id != 0 && !g_hash_table_contains (osa_alueet, &criterion->osa_alue_id)))
            continue;

          if (first)
            {
              g_autofree char *heading = NULL;

              /* Translators: over the assessment criteria of one level on a review sheet, e.g. "Assessment criteria: Hyvä H3". */
              heading = g_strdup_printf (DT (b, N_("Assessment criteria: %s")), label != NULL ? label : "");
              polku_print_document_add_heading (b->doc, 3, heading);
              first = FALSE;
            }
          target = polku_doc_pick (b, criterion->target_fi, criterion->target_sv);
          if (target != NULL && g_strcmp0 (target, last_target) != 0)
            polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS, target);
          g_free (last_target);
          last_target = g_steal_pointer (&target);

          text = polku_doc_pick (b, criterion->text_fi, criterion->text_sv);
          if (text != NULL)
            polku_print_document_add_bullet (b->doc, 0, text);
        }
    }
}

static void
add_unit (PolkuDocBuilder           *b,
          const PolkuPlanUnitRecord *unit,
          GPtrArray                 *items,
          PolkuCreditUnit            credit_unit)
{
  g_autofree char *name = polku_doc_pick (b, unit->nimi_fi, unit->nimi_sv);
  g_autofree char *title = polku_doc_has_text (unit->koodi_arvo)
                             ? g_strdup_printf ("%s %s", unit->koodi_arvo, name != NULL ? name : "")
                             : g_strdup (name != NULL ? name : "");
  g_autofree char *credits = polku_doc_format_unit_credits (b, unit, credit_unit, NULL, NULL);
  g_autofree char *facts = NULL;
  g_autofree char *last_group = NULL;
  static const double widths[] = { 0.47, 0.12, 0.21, 0.20 };
  const char *header[] = { b->preparatory ? DT (b, N_("Objective and evidence")) : DT (b, N_("Requirement and evidence")),
                           DT (b, N_("Level")), DT (b, N_("Decision")),
                           DT (b, N_("Comment")) };
  g_autofree char *decision = g_strdup_printf (BOX " %s\n" BOX " %s\n" BOX " %s", DT (b, N_("Recognised")),
                                               DT (b, N_("Not recognised")), DT (b, N_("More evidence")));
  PolkuPrintTable *table;

  polku_print_document_add_heading (b->doc, 2, title);
  if (credits != NULL && polku_doc_has_text (unit->diaarinumero))
    facts = g_strdup_printf ("%s  ·  %s", credits, unit->diaarinumero);
  else
    facts = g_strdup (credits != NULL ? credits : unit->diaarinumero);
  if (facts != NULL)
    polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL, facts);

  table = polku_print_document_add_table (b->doc, 4, widths, header);
  polku_print_table_set_min_row_height (table, 46);
  for (guint i = 0; i < items->len; i++)
    {
      const PolkuCompetenceRecord *record = g_ptr_array_index (items, i);
      g_autofree char *group = polku_doc_requirement_group (b, record);
      g_autofree char *item = item_markup (b, record);
      const char *level = polku_doc_level_label (b, unit->scale_id, record->level_id, NULL);
      g_autofree char *level_markup = g_markup_escape_text (level != NULL ? level : "\u2013", -1);
      g_autofree char *decision_markup = g_markup_escape_text (decision, -1);
      const char *cells[] = { item, level_markup, decision_markup, "" };

      if (group != NULL && g_strcmp0 (group, last_group) != 0)
        polku_print_table_add_section (table, group);
      g_free (last_group);
      last_group = g_steal_pointer (&group);

      polku_print_table_add_row_markup (table, cells);
    }

  add_criteria (b, unit, items);
}

static gboolean
build (PolkuDocBuilder  *b,
       GError          **error)
{
  const PolkuLearnerRecord *learner = b->learner;
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autofree char *name = polku_doc_learner_name (b);
  g_autofree char *peruste = NULL;
  g_autofree char *count = NULL;
  PolkuPrintSignature signature = { 0 };
  PolkuCreditUnit credit_unit;
  guint n_items = 0;

  if ((plan = polku_store_get_plan (b->store, learner->learner_id, error)) == NULL ||
      (units = polku_store_list_plan_units (b->store, learner->learner_id, error)) == NULL)
    return FALSE;
  credit_unit = polku_credit_unit_from_string (plan->laajuus_yksikko);
  b->preparatory = polku_doc_is_preparatory (plan->koulutustyyppi);

  for (guint i = 0; i < units->len; i++)
    {
      const PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      GPtrArray *all = polku_store_list_competences (b->store, learner->learner_id, unit->unit_id, error);
      GPtrArray *items;

      if (all == NULL)
        return FALSE;
      g_ptr_array_add (lists, all);
      items = g_ptr_array_new ();
      for (guint j = 0; j < all->len; j++)
        if (awaits_decision (g_ptr_array_index (all, j)))
          g_ptr_array_add (items, g_ptr_array_index (all, j));
      n_items += items->len;
      g_ptr_array_add (pending, items);
    }

  if (n_items == 0)
    {
      /* Translators: %s is a learner's name. */
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("Nothing of %s awaits the education provider's decision."), name);
      return FALSE;
    }

  polku_doc_builder_start (b, DT (b, N_("Review sheet")));
  polku_print_document_add_heading (b->doc, 0, DT (b, N_("Review sheet")));
  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_LEAD, name);
  polku_print_document_add_spacing (b->doc, 4);
  polku_print_document_add_paragraph (b->doc,
                                      DT (b, N_("The competence below has been identified at the workshop and awaits the "
                                                "education provider's decision on recognition. Mark one decision for each "
                                                "item; a comment is needed when the competence is not recognised or more "
                                                "evidence is asked.")));

  peruste = polku_doc_pick (b, plan->peruste_nimi_fi, plan->peruste_nimi_sv);
  polku_doc_add_key_value (b, DT (b, N_("Learner")), name);
  polku_doc_add_key_value (b, DT (b, N_("Student number")), learner->student_number);
  polku_doc_add_key_value (b, DT (b, N_("Education provider")), learner->provider_name);
  polku_doc_add_key_value (b, DT (b, N_("Workshop")), learner->workshop_name);
  polku_doc_add_key_value (b, DT (b, N_("Coach")), learner->coach);
  if (peruste != NULL)
    {
      g_autofree char *target = polku_doc_has_text (plan->diaarinumero)
                                  ? g_strdup_printf ("%s (%s)", peruste, plan->diaarinumero)
                                  : g_strdup (peruste);

      polku_doc_add_key_value (b, b->preparatory ? DT (b, N_("Target training")) : DT (b, N_("Target qualification")),
                               target);
    }
  count = g_strdup_printf ("%u", n_items);
  polku_doc_add_key_value (b, DT (b, N_("Awaiting decision")), count);

  for (guint i = 0; i < units->len; i++)
    {
      GPtrArray *items = g_ptr_array_index (pending, i);

      if (items->len > 0)
        add_unit (b, g_ptr_array_index (units, i), items, credit_unit);
    }

  /* The teacher */
  polku_print_document_add_spacing (b->doc, 10);
  polku_print_document_add_heading (b->doc, 2, DT (b, N_("Decision made by")));
  polku_print_document_add_key_value (b->doc, DT (b, N_("Teacher’s name")), " ");
  polku_print_document_add_key_value (b->doc, DT (b, N_("Education provider")),
                                      polku_doc_has_text (learner->provider_name) ? learner->provider_name : " ");
  signature.name = NULL;
  signature.title = DT (b, N_("Teacher"));
  polku_print_document_add_signatures (b->doc, DT (b, N_("Place and date")), NULL, &signature, 1);
  return TRUE;
}

/**
 * polku_document_review_sheet_new:
 *
 * The review sheet of @learner_id, in @language.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
PolkuPrintDocument *
polku_document_review_sheet_new (PolkuStore                 *store,
                                 gint64                      learner_id,
                                 const char                 *language,
                                 const PolkuDocumentOptions *options,
                                 GError                    **error)
{
  return polku_doc_build_for_learner (store, learner_id, language, options, build, error);
}
