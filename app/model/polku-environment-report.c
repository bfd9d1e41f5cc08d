/* polku-environment-report.c: assembling the learning environment report, and
 * a plain-text rendering of it (for tests, and for the UI until printing lays
 * it out).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-environment-report"

#include "config.h"

#include <glib/gi18n.h>
#include <time.h>

#include "polku-catalogue-format.h"
#include "polku-environment-report.h"

G_DEFINE_BOXED_TYPE (PolkuEnvironmentReport, polku_environment_report,
                     polku_environment_report_ref, polku_environment_report_unref)

/* Auxiliary methods */

static void
report_clear (gpointer data)
{
  PolkuEnvironmentReport *report = data;

  g_free (report->diaarinumero);
  g_free (report->peruste_name_fi);
  g_free (report->peruste_name_sv);
  g_free (report->valid_from);
  g_free (report->valid_until);
  g_free (report->transition_until);
  g_free (report->credit_unit);
  g_free (report->koulutustyyppi);
  g_clear_pointer (&report->koulutukset, g_ptr_array_unref);
  g_clear_pointer (&report->osaamisalat, g_ptr_array_unref);
  g_clear_pointer (&report->tutkintonimikkeet, g_ptr_array_unref);
  g_clear_pointer (&report->organisation, polku_organisation_record_free);
  g_clear_pointer (&report->workshop, polku_workshop_record_free);
  g_clear_pointer (&report->contacts, g_ptr_array_unref);
  g_clear_pointer (&report->recognition, polku_recognition_record_free);
  g_clear_pointer (&report->coverage, polku_peruste_coverage_record_free);
  g_clear_pointer (&report->tasks, g_ptr_array_unref);
  g_free (report->created_on);
}

/* The same title repeats per osaamisala; the report names each once. */
static void
drop_repeated_titles (GPtrArray *titles)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < titles->len;)
    {
      PolkuCatalogueCodeRecord *title = g_ptr_array_index (titles, i);

      /* g_hash_table_add() would replace the stored key with the duplicate's,
       * which is freed with the removed record. */
      if (title->uri != NULL && g_hash_table_contains (seen, title->uri))
        {
          g_ptr_array_remove_index (titles, i);
          continue;
        }

      if (title->uri != NULL)
        g_hash_table_add (seen, title->uri);
      i++;
    }
}

static void
append_names (GString    *out,
              const char *label,
              GPtrArray  *codes,
              const char *language)
{
  gboolean first = TRUE;

  if (codes == NULL || codes->len == 0)
    return;

  g_string_append_printf (out, "%s: ", label);
  for (guint i = 0; i < codes->len; i++)
    {
      PolkuCatalogueCodeRecord *code = g_ptr_array_index (codes, i);
      const char *name = polku_catalogue_pick_text (code->nimi_fi, code->nimi_sv, language);

      if (name == NULL && code->arvo == NULL)
        continue;

      if (!first)
        g_string_append (out, "; ");
      first = FALSE;

      if (code->arvo != NULL && name != NULL)
        g_string_append_printf (out, "%s %s", code->arvo, name);
      else
        g_string_append (out, name != NULL ? name : code->arvo);
    }
  g_string_append_c (out, '\n');
}

static void
append_field (GString    *out,
              const char *label,
              const char *value)
{
  if (value != NULL && *value != '\0')
    g_string_append_printf (out, "%s: %s\n", label, value);
}

static void
append_block (GString    *out,
              const char *label,
              const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL || *text == '\0')
    return;

  g_string_append_printf (out, "\n%s:\n", label);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (out, "  %s\n", lines[i]);
}

static char *
join_address (const char *address,
              const char *postal_code,
              const char *municipality)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (address != NULL)
    g_string_append (out, address);
  if (postal_code != NULL || municipality != NULL)
    {
      if (out->len > 0)
        g_string_append (out, ", ");
      if (postal_code != NULL)
        g_string_append (out, postal_code);
      if (postal_code != NULL && municipality != NULL)
        g_string_append_c (out, ' ');
      if (municipality != NULL)
        g_string_append (out, municipality);
    }

  if (out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
format_people (const char *name,
               const char *organisation)
{
  if (name != NULL && organisation != NULL)
    /* Translators: a person and their organisation, e.g. "Anna Virtanen (Gradia)". */
    return g_strdup_printf (_("%s (%s)"), name, organisation);

  return g_strdup (name != NULL ? name : organisation);
}

/* Public API */

/**
 * polku_environment_report_new:
 * @workshop_id: the workshop recognised as a learning environment
 * @peruste_id: the qualification it is recognised for
 *
 * Reads everything the report shows, at once.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
PolkuEnvironmentReport *
polku_environment_report_new (PolkuStore  *store,
                              gint64       workshop_id,
                              gint64       peruste_id,
                              GError     **error)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuPerusteRecord) peruste = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (workshop_id > 0, NULL);
  g_return_val_if_fail (peruste_id > 0, NULL);

  peruste = polku_store_get_peruste (store, peruste_id, error);
  if (peruste == NULL)
    return NULL;

  report = g_atomic_rc_box_new0 (PolkuEnvironmentReport);
  report->peruste_id = peruste_id;
  report->diaarinumero = g_strdup (peruste->diaarinumero);
  report->peruste_name_fi = g_strdup (peruste->nimi_fi);
  report->peruste_name_sv = g_strdup (peruste->nimi_sv);
  report->valid_from = g_strdup (peruste->voimassaolo_alkaa);
  report->valid_until = g_strdup (peruste->voimassaolo_loppuu);
  report->transition_until = g_strdup (peruste->siirtyma_paattyy);
  report->credit_unit = g_strdup (peruste->laajuus_yksikko);
  report->koulutustyyppi = g_strdup (peruste->koulutustyyppi);

  if ((report->koulutukset = polku_store_list_koulutukset (store, peruste_id, error)) == NULL ||
      (report->osaamisalat = polku_store_list_osaamisalat (store, peruste_id, error)) == NULL ||
      (report->tutkintonimikkeet = polku_store_list_tutkintonimikkeet (store, peruste_id, error)) == NULL ||
      (report->organisation = polku_store_get_organisation (store, error)) == NULL ||
      (report->workshop = polku_store_get_workshop (store, workshop_id, error)) == NULL ||
      (report->contacts = polku_store_list_contacts (store, workshop_id, 0, error)) == NULL ||
      (report->recognition = polku_store_get_recognition (store, workshop_id, peruste_id, error)) == NULL ||
      (report->coverage = polku_store_get_peruste_coverage (store, workshop_id, peruste_id, error)) == NULL ||
      (report->tasks = polku_store_list_tasks (store, workshop_id, FALSE, error)) == NULL)
    return NULL;

  drop_repeated_titles (report->tutkintonimikkeet);

  now = g_date_time_new_now_local ();
  report->created_on = g_date_time_format (now, "%Y-%m-%d");

  return g_steal_pointer (&report);
}

PolkuEnvironmentReport *
polku_environment_report_ref (PolkuEnvironmentReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return g_atomic_rc_box_acquire (report);
}

void
polku_environment_report_unref (PolkuEnvironmentReport *report)
{
  g_return_if_fail (report != NULL);

  g_atomic_rc_box_release_full (report, report_clear);
}

/**
 * polku_environment_report_count_units:
 *
 * Returns: how many units are learnable here at @level
 */
guint
polku_environment_report_count_units (const PolkuEnvironmentReport *report,
                                      PolkuUnitExtent               level)
{
  guint n = 0;

  g_return_val_if_fail (report != NULL, 0);

  for (guint i = 0; i < report->coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (report->coverage->units, i);

      if (unit->level == level)
        n++;
    }

  return n;
}

/**
 * polku_environment_report_find_task:
 *
 * Returns: (transfer none) (nullable): an active task of the workshop
 */
const PolkuTaskRecord *
polku_environment_report_find_task (const PolkuEnvironmentReport *report,
                                    gint64                        task_id)
{
  g_return_val_if_fail (report != NULL, NULL);

  for (guint i = 0; i < report->tasks->len; i++)
    {
      const PolkuTaskRecord *task = g_ptr_array_index (report->tasks, i);

      if (task->task_id == task_id)
        return task;
    }

  return NULL;
}

/**
 * polku_environment_report_is_training:
 *
 * Returns: whether the report is about a preparatory training (TUVA, TELMA),
 *   which has training parts and objectives, not units and requirements
 */
gboolean
polku_environment_report_is_training (const PolkuEnvironmentReport *report)
{
  g_return_val_if_fail (report != NULL, FALSE);

  return g_strcmp0 (report->koulutustyyppi, "koulutustyyppi_5") == 0 ||
         g_strcmp0 (report->koulutustyyppi, "koulutustyyppi_18") == 0 ||
         g_strcmp0 (report->koulutustyyppi, "koulutustyyppi_40") == 0;
}

/**
 * polku_environment_report_to_text:
 * @language: "fi" or "sv": which catalogue texts to use (the headings follow
 *   the UI language)
 *
 * Renders the report as plain text: the header, then each unit learnable here
 * with its requirements, covered ones with their tasks and the others marked
 * as not covered here.
 *
 * Returns: (transfer full): the text
 */
char *
polku_environment_report_to_text (const PolkuEnvironmentReport *report,
                                  const char                   *language)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *validity = NULL;
  g_autofree char *address = NULL;
  g_autofree char *recognised_on = NULL;
  g_autofree char *published_on = NULL;
  g_autofree char *recogniser = NULL;
  g_autofree char *full_credits = NULL;
  g_autofree char *partial_credits = NULL;
  const PolkuPerusteCoverageRecord *coverage;
  PolkuCreditUnit credit_unit;
  const char *title;
  gboolean training;

  g_return_val_if_fail (report != NULL, NULL);

  training = polku_environment_report_is_training (report);

  coverage = report->coverage;
  credit_unit = polku_credit_unit_from_string (report->credit_unit);

  title = _("Learning environment report");
  g_string_append_printf (out, "%s\n", title);
  for (glong i = g_utf8_strlen (title, -1); i > 0; i--)
    g_string_append_c (out, '=');
  g_string_append (out, "\n\n");

  /* The qualification */
  g_string_append_printf (out, "%s (%s)\n",
                          polku_catalogue_pick_text (report->peruste_name_fi, report->peruste_name_sv, language),
                          report->diaarinumero);
  append_names (out, _("Qualifications"), report->koulutukset, language);
  append_names (out, _("Competence areas"), report->osaamisalat, language);
  append_names (out, _("Qualification titles"), report->tutkintonimikkeet, language);
  validity = polku_catalogue_format_validity (report->valid_from, report->valid_until, report->transition_until);
  if (validity != NULL)
    g_string_append_printf (out, "%s\n", validity);

  /* Who and where */
  g_string_append_c (out, '\n');
  address = join_address (report->organisation->address, report->organisation->postal_code,
                          report->organisation->municipality);
  append_field (out, _("Organisation"), report->organisation->name);
  append_field (out, _("Business ID"), report->organisation->business_id);
  append_field (out, _("Address"), address);
  g_clear_pointer (&address, g_free);

  address = join_address (report->workshop->address, report->workshop->postal_code,
                          report->workshop->municipality);
  append_field (out, _("Workshop"), report->workshop->name);
  append_field (out, _("Workshop address"), address);

  if (report->contacts->len > 0)
    {
      g_string_append_printf (out, "%s:\n", _("Contact people"));
      for (guint i = 0; i < report->contacts->len; i++)
        {
          const PolkuContactRecord *contact = g_ptr_array_index (report->contacts, i);
          const char *parts[] = { contact->title, contact->phone, contact->email };

          g_string_append_printf (out, "  - %s", contact->name);
          for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
            if (parts[j] != NULL)
              g_string_append_printf (out, ", %s", parts[j]);
          g_string_append_c (out, '\n');
        }
    }

  /* The recognition */
  recognised_on = polku_catalogue_format_date (report->recognition->recognised_on);
  published_on = polku_catalogue_format_date (report->recognition->published_on);
  recogniser = format_people (report->recognition->recogniser_name,
                              report->recognition->recogniser_organisation);
  g_string_append_c (out, '\n');
  append_field (out, _("Recognised on"), recognised_on != NULL ? recognised_on : _("not recorded"));
  append_field (out, _("Recognised by"), recogniser);
  append_field (out, _("Published on"), published_on);
  append_block (out, _("Note"), report->recognition->note);

  append_block (out, _("The learning environment"), report->workshop->description);
  append_block (out, _("Equipment"), report->workshop->equipment);

  /* The figures */
  full_credits = polku_catalogue_format_credits (coverage->credits_full, -1.0, credit_unit);
  partial_credits = polku_catalogue_format_credits (coverage->credits_partial, -1.0, credit_unit);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, training
                               /* Translators: coverage of a TUVA/TELMA training: covered objectives of all. */
                               ? _("Objectives covered: %u of %u")
                               /* Translators: coverage of a qualification: covered requirements of all its requirements. */
                               : _("Requirements covered: %u of %u"),
                          coverage->n_covered, coverage->n_total);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, training
                               /* Translators: parts of a TUVA/TELMA training fully learnable here; the %s is their extent, e.g. "12 weeks", or "–". */
                               ? _("Training parts learnable here fully: %u (%s)")
                               /* Translators: units fully learnable here; the second %s is their credits, e.g. "45 credits", or "–". */
                               : _("Units learnable here fully: %u (%s)"),
                          polku_environment_report_count_units (report, POLKU_UNIT_EXTENT_FULL),
                          full_credits != NULL ? full_credits : "–");
  g_string_append_c (out, '\n');
  g_string_append_printf (out, training
                               /* Translators: parts of a TUVA/TELMA training partly learnable here; the %s is their extent, e.g. "8 weeks", or "–". */
                               ? _("Training parts learnable here partly: %u (%s)")
                               /* Translators: units partly learnable here; the %s is their credits, e.g. "30 credits", or "–". */
                               : _("Units learnable here partly: %u (%s)"),
                          polku_environment_report_count_units (report, POLKU_UNIT_EXTENT_PARTIAL),
                          partial_credits != NULL ? partial_credits : "–");
  g_string_append_c (out, '\n');

  /* The units learnable here */
  for (guint i = 0; i < coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (coverage->units, i);
      g_autofree char *credits = NULL;
      const char *last_kohdealue = NULL;

      if (unit->level == POLKU_UNIT_EXTENT_NONE)
        continue;

      credits = polku_catalogue_format_credits (unit->credits, -1.0, credit_unit);
      g_string_append_printf (out, "\n%s%s%s", unit->koodi_arvo != NULL ? unit->koodi_arvo : "",
                              unit->koodi_arvo != NULL ? " " : "",
                              polku_catalogue_pick_text (unit->nimi_fi, unit->nimi_sv, language));
      if (credits != NULL)
        g_string_append_printf (out, ", %s", credits);
      g_string_append_c (out, '\n');

      if (training)
        g_string_append_printf (out, unit->level == POLKU_UNIT_EXTENT_FULL
                                     ? _("Fully learnable here (%u/%u objectives covered)")
                                     : _("Partly learnable here (%u/%u objectives covered)"),
                                unit->n_covered, unit->n_total);
      else if (unit->level == POLKU_UNIT_EXTENT_FULL)
        /* Translators: a unit's coverage, e.g. "Fully learnable here (6/6 requirements covered)". */
        g_string_append_printf (out, _("Fully learnable here (%u/%u requirements covered)"),
                                unit->n_covered, unit->n_total);
      else
        /* Translators: a unit's coverage, e.g. "Partly learnable here (3/6 requirements covered)". */
        g_string_append_printf (out, _("Partly learnable here (%u/%u requirements covered)"),
                                unit->n_covered, unit->n_total);
      g_string_append_c (out, '\n');
      if (unit->marked_note != NULL)
        g_string_append_printf (out, "  %s\n", unit->marked_note);

      for (guint j = 0; j < unit->rows->len; j++)
        {
          const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, j);
          const char *kohdealue = polku_catalogue_pick_text (row->kohdealue_fi, row->kohdealue_sv, language);
          const char *text = polku_catalogue_pick_text (row->text_fi, row->text_sv, language);

          if (kohdealue != NULL && g_strcmp0 (kohdealue, last_kohdealue) != 0)
            g_string_append_printf (out, "  %s\n", kohdealue);
          last_kohdealue = kohdealue;

          g_string_append_printf (out, "  %s %s%s", row->tasks->len > 0 ? "[x]" : "[ ]",
                                  row->depth > 0 ? "  " : "", text != NULL ? text : "");
          if (row->tasks->len > 0)
            {
              g_string_append (out, " — ");
              for (guint k = 0; k < row->tasks->len; k++)
                {
                  const PolkuCoveringTaskRecord *task = g_ptr_array_index (row->tasks, k);

                  g_string_append_printf (out, "%s%s", k > 0 ? ", " : "", task->title);
                }
            }
          else
            g_string_append_printf (out, " (%s)", _("not covered here"));
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
