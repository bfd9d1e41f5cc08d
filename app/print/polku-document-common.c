/* polku-document-common.c: helpers shared by the learner documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-documents"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "polku-catalogue-text.h"
#include "polku-document-common.h"
#include "polku-store-workshop.h"

gboolean
polku_doc_builder_init (PolkuDocBuilder             *b,
                        PolkuStore                  *store,
                        gint64                       learner_id,
                        const char                  *language,
                        const PolkuDocumentOptions  *options,
                        GError                     **error)
{
  g_autoptr(GError) local_error = NULL;

  memset (b, 0, sizeof *b);
  b->store = store;
  b->language = language;
  b->swedish = g_strcmp0 (language, "sv") == 0;
  b->options = options;
  b->levels = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                     (GDestroyNotify) polku_scale_level_record_free);
  b->scales_read = g_hash_table_new (g_direct_hash, g_direct_equal);

  if (options != NULL && options->printed_on != NULL)
    {
      GDate date;

      if (polku_date_parse_iso (options->printed_on, &date))
        b->printed = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                            g_date_get_day (&date), 12, 0, 0);
    }
  if (b->printed == NULL)
    b->printed = g_date_time_new_now_local ();

  b->learner = polku_store_get_learner (store, learner_id, &local_error);
  if (b->learner == NULL)
    {
      if (g_error_matches (local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, learner_id);

          /* Translators: %s is a learner's number (an id). */
          g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                       _("There is no learner %s."), id);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

void
polku_doc_builder_clear (PolkuDocBuilder *b)
{
  g_clear_pointer (&b->doc, polku_print_document_unref);
  g_clear_pointer (&b->printed, g_date_time_unref);
  g_clear_pointer (&b->learner, polku_learner_record_free);
  g_clear_pointer (&b->levels, g_hash_table_unref);
  g_clear_pointer (&b->scales_read, g_hash_table_unref);
}

PolkuPrintDocument *
polku_doc_build_for_learner (PolkuStore                  *store,
                             gint64                       learner_id,
                             const char                  *language,
                             const PolkuDocumentOptions  *options,
                             PolkuDocBuildFunc            build,
                             GError                     **error)
{
  PolkuDocBuilder b;
  PolkuPrintDocument *doc = NULL;

  if (polku_doc_builder_init (&b, store, learner_id, language, options, error) && build (&b, error))
    {
      polku_doc_add_fallback_note (&b);
      doc = g_steal_pointer (&b.doc);
    }
  polku_doc_builder_clear (&b);
  return doc;
}

void
polku_doc_builder_start (PolkuDocBuilder *b,
                         const char      *title)
{
  g_autoptr(PolkuOrganisationRecord) organisation = polku_store_get_organisation (b->store, NULL);

  b->doc = polku_print_document_new (title, b->language);
  polku_print_document_set_date (b->doc, b->printed);
  polku_print_document_set_header (b->doc, organisation != NULL ? organisation->name : NULL,
                                   b->learner->workshop_name);
}

gboolean
polku_doc_has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The catalogue text in the document's language, else the other one with the
 * mark after it; NULL when there is none. */
char *
polku_doc_pick (PolkuDocBuilder *b,
                const char      *fi,
                const char      *sv)
{
  return polku_doc_pick_text (b->swedish, fi, sv, &b->any_fallback);
}

char *
polku_doc_pick_text (gboolean    swedish,
                     const char *fi,
                     const char *sv,
                     gboolean   *any_fallback)
{
  gboolean fallback = FALSE;
  const char *text = polku_catalogue_text_pick (fi, sv, NULL, swedish, &fallback);

  if (text == NULL)
    return NULL;
  if (fallback)
    {
      if (any_fallback != NULL)
        *any_fallback = TRUE;
      return g_strconcat (text, "\u00a0" POLKU_DOCUMENT_FALLBACK_MARK, NULL);
    }
  return g_strdup (text);
}

/* ISO "2025-02-14" → "14.2.2025"; NULL for no date, the text itself when odd. */
char *
polku_doc_format_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return NULL;
  if (!polku_date_parse_iso (iso, &date))
    return g_strdup (iso);

  return g_strdup_printf ("%u.%u.%u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/* "1.2.2025–30.6.2025", "1.2.2025–"; NULL when neither is known. */
char *
polku_doc_format_span (const char *starts_on,
                       const char *ends_on)
{
  g_autofree char *start = polku_doc_format_date (starts_on);
  g_autofree char *end = polku_doc_format_date (ends_on);

  if (start == NULL && end == NULL)
    return NULL;
  return g_strdup_printf ("%s\u2013%s", start != NULL ? start : "", end != NULL ? end : "");
}

/* "15", "7,5": Finnish and Swedish both write a decimal comma. */
char *
polku_doc_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (fabs (value - round (value)) < 0.001)
    return g_strdup_printf ("%.0f", round (value));

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", value);
  return g_strdelimit (g_strdup (buffer), ".", ',');
}

/* "15 osp", "4 viikkoa"; NULL when the credits are not known. */
char *
polku_doc_format_credits (PolkuDocBuilder *b,
                          double           credits,
                          PolkuCreditUnit  unit)
{
  return polku_doc_format_credits_in (b->language, credits, unit);
}

char *
polku_doc_format_credits_in (const char      *language,
                             double           credits,
                             PolkuCreditUnit  unit)
{
  g_autofree char *number = NULL;
  gulong n;

  if (credits < 0)
    return NULL;

  number = polku_doc_format_number (credits);
  n = (gulong) round (credits);
  /* The plural entries of polku-catalogue-format.c (already in the catalogue). */
  if (unit == POLKU_CREDIT_UNIT_WEEKS)
    return g_strdup_printf (polku_print_ngettext (language, "%s week", "%s weeks", n), number);
  return g_strdup_printf (polku_print_ngettext (language, "%s credit", "%s credits", n), number);
}

/* TELMA, VALMA and TUVA prepare for a qualification: their parts have
 * objectives (tavoitteet), not vocational skill requirements, and lead to no
 * qualification of their own. */
gboolean
polku_doc_is_preparatory (const char *koulutustyyppi)
{
  return g_strcmp0 (koulutustyyppi, "koulutustyyppi_5") == 0 ||
         g_strcmp0 (koulutustyyppi, "koulutustyyppi_18") == 0 ||
         g_strcmp0 (koulutustyyppi, "koulutustyyppi_40") == 0;
}

/* "15 osp", "2–10 viikkoa"; NULL when @max is not above zero. */
char *
polku_doc_format_credit_range (PolkuDocBuilder *b,
                               double           min,
                               double           max,
                               PolkuCreditUnit  credit_unit)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  gulong n = (gulong) round (max);

  if (max <= 0)
    return NULL;
  if (min < 0 || fabs (max - min) < 0.001)
    return polku_doc_format_credits (b, max, credit_unit);

  low = polku_doc_format_number (min);
  high = polku_doc_format_number (max);
  /* The plural entries of polku-catalogue-format.c (already in the catalogue). */
  if (credit_unit == POLKU_CREDIT_UNIT_WEEKS)
    return g_strdup_printf (polku_print_ngettext (b->language, "%s–%s week", "%s–%s weeks", n), low, high);
  return g_strdup_printf (polku_print_ngettext (b->language, "%s–%s credit", "%s–%s credits", n), low, high);
}

/* The extent of a chosen unit: the credits set in the plan, else the
 * structure's; a TUVA part's range of weeks. Zero means "not given" in the
 * data (TELMA's parts), so NULL then, never "0 osp". @out_min and @out_max
 * (nullable) get the figures counted in a total, -1 when unknown. */
char *
polku_doc_format_unit_credits (PolkuDocBuilder           *b,
                               const PolkuPlanUnitRecord *unit,
                               PolkuCreditUnit            credit_unit,
                               double                    *out_min,
                               double                    *out_max)
{
  double min = unit->credits >= 0 ? unit->credits : unit->unit_credits;
  double max = min;

  if (unit->credits < 0 && credit_unit == POLKU_CREDIT_UNIT_WEEKS)
    {
      g_autoptr(PolkuUnitRecord) record = polku_store_catalogue_get_unit (b->store, unit->unit_id, NULL);

      if (record != NULL && record->has_credits)
        {
          min = record->credits_min;
          max = MAX (record->credits_max, record->credits_min);
        }
    }

  if (max <= 0)
    min = max = -1;
  if (out_min != NULL)
    *out_min = min;
  if (out_max != NULL)
    *out_max = max;
  return polku_doc_format_credit_range (b, min, max, credit_unit);
}

/* Official documents carry the full name, not the preferred one. */
char *
polku_doc_learner_name (PolkuDocBuilder *b)
{
  return polku_learner_record_dup_full_name (b->learner);
}

char *
polku_doc_printed_date (PolkuDocBuilder *b)
{
  return g_strdup_printf ("%d.%d.%d", g_date_time_get_day_of_month (b->printed),
                          g_date_time_get_month (b->printed), g_date_time_get_year (b->printed));
}

char *
polku_doc_today_iso (PolkuDocBuilder *b)
{
  return g_date_time_format (b->printed, "%Y-%m-%d");
}

/* The label of a level of the unit's scale, e.g. "Hyvä H3"; NULL when none. */
const char *
polku_doc_level_label (PolkuDocBuilder *b,
                       int              scale_id,
                       int              level_id,
                       gboolean        *fallback)
{
  const PolkuScaleLevelRecord *level;

  if (fallback != NULL)
    *fallback = FALSE;
  if (level_id == 0)
    return NULL;

  if (scale_id != 0 && !g_hash_table_contains (b->scales_read, GINT_TO_POINTER (scale_id)))
    {
      g_autoptr(GPtrArray) levels = polku_store_catalogue_list_scale_levels (b->store, scale_id, NULL);

      g_hash_table_add (b->scales_read, GINT_TO_POINTER (scale_id));
      for (guint i = 0; levels != NULL && i < levels->len; i++)
        {
          PolkuScaleLevelRecord *record = g_ptr_array_index (levels, i);

          g_hash_table_replace (b->levels, GINT_TO_POINTER (record->level_id), record);
        }
      if (levels != NULL)
        g_ptr_array_set_free_func (levels, NULL);
    }

  level = g_hash_table_lookup (b->levels, GINT_TO_POINTER (level_id));
  if (level == NULL)
    return NULL;
  return polku_catalogue_text_pick (level->label_fi, level->label_sv, level->label_en, b->swedish, fallback);
}

/* A requirement's text, sub-items after dashes. */
char *
polku_doc_requirement_text (PolkuDocBuilder             *b,
                            const PolkuCompetenceRecord *record)
{
  g_autofree char *text = polku_doc_pick (b, record->text_fi, record->text_sv);

  return polku_doc_indented_text (text, record->depth);
}

char *
polku_doc_indented_text (const char *text,
                         int         depth)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (int i = 0; i < depth; i++)
    g_string_append (out, "\u2013 ");
  g_string_append (out, text != NULL ? text : "");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The osa-alue and kohdealue a requirement sits under, or NULL. */
char *
polku_doc_requirement_group (PolkuDocBuilder             *b,
                             const PolkuCompetenceRecord *record)
{
  g_autofree char *osa_alue = polku_doc_pick (b, record->osa_alue_nimi_fi, record->osa_alue_nimi_sv);
  g_autofree char *kohdealue = polku_doc_pick (b, record->kohdealue_fi, record->kohdealue_sv);

  if (osa_alue != NULL && kohdealue != NULL)
    return g_strdup_printf ("%s \u2013 %s", osa_alue, kohdealue);
  if (osa_alue != NULL)
    return g_steal_pointer (&osa_alue);
  return g_steal_pointer (&kohdealue);
}

void
polku_doc_add_key_value (PolkuDocBuilder *b,
                         const char      *key,
                         const char      *value)
{
  polku_doc_document_add_key_value (b->doc, key, value);
}

void
polku_doc_document_add_key_value (PolkuPrintDocument *doc,
                                  const char         *key,
                                  const char         *value)
{
  if (polku_doc_has_text (value))
    polku_print_document_add_key_value (doc, key, value);
}

void
polku_doc_add_free_text (PolkuDocBuilder *b,
                         const char      *text)
{
  polku_doc_document_add_free_text (b->doc, text);
}

/* Free text typed by the coach: blank lines separate paragraphs. */
void
polku_doc_document_add_free_text (PolkuPrintDocument *doc,
                                  const char         *text)
{
  g_auto(GStrv) paragraphs = NULL;

  if (!polku_doc_has_text (text))
    return;

  paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] != '\0')
        polku_print_document_add_paragraph (doc, paragraphs[i]);
    }
}

/* Once, after the texts it explains, when any came in the other language. */
void
polku_doc_add_fallback_note (PolkuDocBuilder *b)
{
  g_autofree char *note = NULL;

  if (!b->any_fallback)
    return;

  note = polku_doc_fallback_note (b->language, b->swedish);
  polku_print_document_add_spacing (b->doc, 4);
  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL, note);
}

char *
polku_doc_fallback_note (const char *language,
                         gboolean    swedish)
{
  if (swedish)
    /* Translators: a note in a printed document; %s is the mark put after such texts ("*"). */
    return g_strdup_printf (polku_print_gettext (language, N_("%s Not available in Swedish in ePerusteet; shown in Finnish.")),
                            POLKU_DOCUMENT_FALLBACK_MARK);
  /* Translators: a note in a printed document; %s is the mark put after such texts ("*"). */
  return g_strdup_printf (polku_print_gettext (language, N_("%s Not available in Finnish in ePerusteet; shown in Swedish.")),
                          POLKU_DOCUMENT_FALLBACK_MARK);
}

void
polku_doc_coach_signature (PolkuDocBuilder     *b,
                           PolkuPrintSignature *signature)
{
  const PolkuDocumentOptions *options = b->options;

  signature->name = options != NULL && polku_doc_has_text (options->coach_name) ? options->coach_name
                                                                                : b->learner->coach;
  signature->title = options != NULL && polku_doc_has_text (options->coach_title)
                       ? options->coach_title
                       : DT (b, N_("Workshop coach"));
}
