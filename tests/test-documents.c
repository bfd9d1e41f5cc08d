/* test-documents.c: the learner documents (pathway summary, competence
 * certificate, review sheet) for every demo learner, in Finnish and Swedish,
 * without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-catalogue-text.h"
#include "polku-demo.h"
#include "polku-documents.h"
#include "polku-pdf-export.h"
#include "polku-print-layout-private.h"
#include "polku-store-catalogue-read.h"
#include "polku-test-learners.h"
#include "polku-test-print.h"

#define PRINTED_ON "2026-05-04"

static const PolkuDocumentOptions options = {
  .coach_name = "Paula Valmentaja",
  .coach_title = "Työvalmentaja",
  .printed_on = PRINTED_ON,
};

/* Without white space and hyphens: table cells wrap anywhere, and pdftotext
 * joins a word broken after a hyphen without it. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xa0 && c != '-')
        g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The layout's own boxes lie in the printable area. */
static void
assert_boxes_inside (PolkuPrintDocument *doc,
                     guint               n_pages)
{
  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);

      g_assert_cmpuint (boxes->len, >, 0);
      for (guint i = 0; i < boxes->len; i++)
        {
          const PolkuPrintTextBox *box = g_ptr_array_index (boxes, i);

          if (box->x0 < -0.5 || box->y0 < -0.5 || box->x1 > POLKU_PRINTABLE_WIDTH + 0.5 ||
              box->y1 > POLKU_PRINTABLE_HEIGHT + 0.5)
            g_error ("“%s” at %.1f,%.1f–%.1f,%.1f on page %u is outside the printable area",
                     box->text, box->x0, box->y0, box->x1, box->y1, page + 1);
        }
    }
}

/* pdftotext -bbox: every word lies inside the margins. */
static void
assert_words_inside (const char *path)
{
  g_assert_cmpuint (polku_test_pdf_words_inside (path, 2), >, 30);
}

/* Writes @doc as PDF and returns its text, squeezed. */
static char *
export_text (Fixture            *fixture,
             PolkuPrintDocument *doc,
             const char         *name,
             guint               n_pages)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (polku_pdf_export_to_file (doc, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_test_pdf_pages (path), ==, n_pages);
  assert_words_inside (path);
  {
    /* Content stream order: the lines of one table cell stay together. */
    const char *argv[] = { "pdftotext", "-raw", path, "-", NULL };

    text = polku_test_run_tool (argv);
  }
  return squeeze (text);
}

static void
assert_contains (const char *text,
                 const char *needle,
                 const char *what)
{
  g_autofree char *squeezed = squeeze (needle);

  if (strstr (text, squeezed) == NULL)
    g_error ("%s: “%s” not found in the document", what, squeezed);
}

static const char *
pick (const char *fi,
      const char *sv,
      const char *language)
{
  return polku_catalogue_text_pick (fi, sv, NULL, g_str_equal (language, "sv"), NULL);
}

/* The texts each document must show for @learner. */
static void
check_texts (PolkuStore               *store,
             PolkuDocumentKind         kind,
             const PolkuLearnerRecord *learner,
             const char               *language,
             const char               *text)
{
  g_autofree char *name = polku_learner_record_dup_full_name (learner);
  g_autoptr(GPtrArray) units = polku_store_list_plan_units (store, learner->learner_id, NULL);

  assert_contains (text, name, "the learner's name");
  g_assert_nonnull (units);

  for (guint i = 0; i < units->len; i++)
    {
      const PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      g_autoptr(GPtrArray) competences = polku_store_list_competences (store, learner->learner_id, unit->unit_id, NULL);
      gboolean any = FALSE;

      g_assert_nonnull (competences);
      if (kind == POLKU_DOCUMENT_PLAN)
        {
          assert_contains (text, pick (unit->nimi_fi, unit->nimi_sv, language), "a unit of the plan");
          /* A Swedish document does not show the Finnish name where there is a Swedish one. */
          if (g_str_equal (language, "sv") && unit->nimi_sv != NULL && g_strcmp0 (unit->nimi_fi, unit->nimi_sv) != 0)
            {
              g_autofree char *finnish = squeeze (unit->nimi_fi);

              g_assert_null (strstr (text, finnish));
            }
          continue;
        }

      for (guint j = 0; j < competences->len; j++)
        {
          const PolkuCompetenceRecord *c = g_ptr_array_index (competences, j);
          gboolean expected = kind == POLKU_DOCUMENT_CERTIFICATE
                                ? polku_competence_status_counts_identified (c->status)
                                : (c->status == POLKU_COMPETENCE_IDENTIFIED || c->status == POLKU_COMPETENCE_DEMONSTRATED);

          if (!expected)
            continue;
          assert_contains (text, pick (c->text_fi, c->text_sv, language), "an identified requirement");
          any = TRUE;
        }
      if (any)
        assert_contains (text, pick (unit->nimi_fi, unit->nimi_sv, language), "a unit with identified competence");
    }
}

static void
test_kinds (void)
{
  static const PolkuDocumentKind kinds[] = {
    POLKU_DOCUMENT_PLAN, POLKU_DOCUMENT_CERTIFICATE, POLKU_DOCUMENT_REVIEW_SHEET, POLKU_DOCUMENT_ENVIRONMENT_REPORT,
  };
  PolkuDocumentKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const char *word = polku_document_kind_to_string (kinds[i]);

      g_assert_nonnull (word);
      g_assert_true (polku_document_kind_from_string (word, &kind));
      g_assert_cmpint (kind, ==, kinds[i]);
      g_assert_nonnull (polku_document_kind_get_title (kinds[i]));
    }
  g_assert_cmpstr (polku_document_kind_to_string (POLKU_DOCUMENT_REVIEW_SHEET), ==, "review-sheet");
  g_assert_false (polku_document_kind_from_string ("poster", &kind));
  g_assert_false (polku_document_kind_from_string (NULL, &kind));
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  static const PolkuDocumentKind kinds[] = { POLKU_DOCUMENT_PLAN, POLKU_DOCUMENT_CERTIFICATE, POLKU_DOCUMENT_REVIEW_SHEET };
  static const char * const languages[] = { "fi", "sv" };
  PolkuLearnerFilter filter = POLKU_LEARNER_FILTER_INIT;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  guint n_built = 0, n_refused = 0;

  if (!polku_test_have_poppler ())
    return;

  g_assert_cmpint (polku_demo_fill (fixture->store, NULL, &error), ==, 0);
  g_assert_no_error (error);
  filter.show = POLKU_LEARNER_SHOW_ALL;
  learners = polku_store_list_learners (fixture->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (learners->len, ==, 6);

  for (guint i = 0; i < learners->len; i++)
    {
      const PolkuLearnerRecord *learner = g_ptr_array_index (learners, i);

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
          {
            g_autoptr(PolkuPrintDocument) doc = NULL;
            g_autoptr(PolkuPrintDocument) again = NULL;
            g_autofree char *file = NULL;
            g_autofree char *text = NULL;
            guint n_pages;

            doc = polku_document_build (fixture->store, kinds[k], learner->learner_id, languages[l], &options, &error);
            /* Only the learner who has just started has nothing to certify or review. */
            if (learner->n_identified == 0 && kinds[k] != POLKU_DOCUMENT_PLAN)
              {
                g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED);
                g_assert_null (doc);
                g_clear_error (&error);
                n_refused++;
                continue;
              }
            g_assert_no_error (error);
            g_assert_nonnull (doc);
            g_assert_cmpstr (polku_print_document_get_language (doc), ==, languages[l]);

            n_pages = polku_test_print_paginate (doc);
            assert_boxes_inside (doc, n_pages);

            /* The same document twice: the same pages. */
            again = polku_document_build (fixture->store, kinds[k], learner->learner_id, languages[l], &options, &error);
            g_assert_no_error (error);
            g_assert_cmpuint (polku_test_print_paginate (again), ==, n_pages);

            file = g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s.pdf", polku_document_kind_to_string (kinds[k]),
                                    learner->learner_id, languages[l]);
            text = export_text (fixture, doc, file, n_pages);
            check_texts (fixture->store, kinds[k], learner, languages[l], text);

            /* Words of the document's own language, and the pinned date. */
            if (kinds[k] == POLKU_DOCUMENT_CERTIFICATE)
              {
                assert_contains (text, g_str_equal (languages[l], "sv") ? "Utbildningsanordnaren beslutar"
                                                                       : "päättää koulutuksen järjestäjä",
                                 "the statement on recognition");
                assert_contains (text, "Paula Valmentaja", "the coach's signature");
                assert_contains (text, "4.5.2026", "the date");
              }
            else if (kinds[k] == POLKU_DOCUMENT_PLAN)
              assert_contains (text, g_str_equal (languages[l], "sv") ? "Mål" : "Tavoite", "the goal heading");
            n_built++;
          }
    }

  g_assert_cmpuint (n_built, ==, 6 * 2 + 5 * 2 * 2);
  g_assert_cmpuint (n_refused, ==, 4);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  PolkuDocumentOptions period = options;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  gint64 learner;

  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_PLAN, 4242, "fi", NULL, &error);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "4242"));
  g_assert_null (doc);
  g_clear_error (&error);

  learner = lt_add_learner (fixture->store, "Uusi", "Oppija");
  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_PLAN, learner, "sv", NULL, &error);
  g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "Uusi Oppija"));
  g_clear_error (&error);

  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_CERTIFICATE, learner, "fi", NULL, &error);
  g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED);
  g_clear_error (&error);

  period.period_id = 999;
  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_CERTIFICATE, learner, "fi", &period, &error);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_REVIEW_SHEET, learner, "fi", NULL, &error);
  g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED);
  g_clear_error (&error);

  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_PLAN, learner, "en", NULL, &error);
  g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED);
  g_clear_error (&error);

  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_ENVIRONMENT_REPORT, 4242, "fi", NULL, &error);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_assert_null (doc);
}

/* A Swedish document shows a text missing in Swedish in Finnish, marked,
 * and explains the mark once. */
static void
test_fallback (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 learner = lt_add_learner (fixture->store, "Saga", "Lindqvist");
  gint64 peruste = lt_peruste_id (fixture->store, "OPH-2455-2017");
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autoptr(PolkuPlanUnitRecord) unit = NULL;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *marked = NULL;
  gint64 plan_unit;

  if (!polku_test_have_poppler ())
    return;

  plan = polku_store_get_plan (fixture->store, learner, &error);
  g_assert_no_error (error);
  plan->peruste_id = peruste;
  g_free (plan->suoritustapa);
  plan->suoritustapa = g_strdup ("reformi");
  g_assert_true (polku_store_update_plan (fixture->store, plan, &error));
  plan_unit = polku_store_add_plan_unit (fixture->store, learner,
                                         lt_query_id (fixture->store, "SELECT min (unit_id) FROM unit WHERE peruste_id = %"
                                                      G_GINT64_FORMAT " AND nimi_sv IS NOT NULL", peruste),
                                         &error);
  g_assert_no_error (error);
  unit = polku_store_get_plan_unit (fixture->store, plan_unit, &error);
  g_assert_no_error (error);
  g_assert_true (polku_store_exec (fixture->store, "UPDATE unit SET nimi_sv = NULL WHERE unit_id = (SELECT min (unit_id) "
                                   "FROM plan_unit)", &error));
  g_assert_no_error (error);

  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_PLAN, learner, "sv", &options, &error);
  g_assert_no_error (error);
  text = export_text (fixture, doc, "fallback.pdf", polku_test_print_paginate (doc));
  marked = g_strconcat (unit->nimi_fi, "*", NULL);
  assert_contains (text, marked, "the Finnish name, marked");
  assert_contains (text, "*Finns inte på svenska i eGrunder; visas på finska.", "the note");
  /* Once, however many texts it explains (the text is squeezed). */
  g_assert_nonnull (strstr (text, "visaspåfinska"));
  g_assert_null (strstr (strstr (text, "visaspåfinska") + 1, "visaspåfinska"));
}

/* All units of a large qualification: the units table goes on over pages
 * with its header on each. */
static void
test_long_plan (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 peruste = lt_peruste_id (fixture->store, "OPH-5410-2021");
  gint64 learner = lt_add_learner (fixture->store, "Pitkä", "Suunnitelma");
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autoptr(GPtrArray) structure = NULL;
  g_autoptr(GHashTable) added = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  guint n_units = 0, n_pages, n_header_pages = 0;

  plan = polku_store_get_plan (fixture->store, learner, &error);
  g_assert_no_error (error);
  plan->peruste_id = peruste;
  g_free (plan->suoritustapa);
  plan->suoritustapa = g_strdup ("reformi");
  g_assert_true (polku_store_update_plan (fixture->store, plan, &error));
  g_assert_no_error (error);

  structure = polku_store_list_structure (fixture->store, peruste, "reformi", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < structure->len; i++)
    {
      const PolkuStructureNodeRecord *node = g_ptr_array_index (structure, i);

      if (!node->is_unit || node->unit_id == 0 || node->retired ||
          !g_hash_table_add (added, (gpointer) &node->unit_id))
        continue;
      g_assert_cmpint (polku_store_add_plan_unit (fixture->store, learner, node->unit_id, &error), >, 0);
      g_assert_no_error (error);
      n_units++;
    }
  g_assert_cmpuint (n_units, >=, 70);

  doc = polku_document_build (fixture->store, POLKU_DOCUMENT_PLAN, learner, "fi", &options, &error);
  g_assert_no_error (error);
  n_pages = polku_test_print_paginate (doc);
  g_assert_cmpuint (n_pages, >=, 4);
  assert_boxes_inside (doc, n_pages);

  /* "Koodi" heads only the units table. */
  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);

      for (guint i = 0; i < boxes->len; i++)
        if (g_str_equal (((PolkuPrintTextBox *) g_ptr_array_index (boxes, i))->text, "Koodi"))
          {
            n_header_pages++;
            break;
          }
    }
  g_assert_cmpuint (n_header_pages, >=, 2);

  {
    g_autoptr(PolkuPrintDocument) again = polku_document_build (fixture->store, POLKU_DOCUMENT_PLAN, learner, "fi",
                                                                &options, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (polku_test_print_paginate (again), ==, n_pages);
  }
}

/* Learners against qualifications the demo does not use */

/* Only the files a test needs: the whole catalogue is slow under ASan. */
static void
import_files (PolkuStore         *store,
              const char * const *files)
{
  for (guint i = 0; files[i] != NULL; i++)
    lt_import (store, files[i]);
}

static gint64
add_plan (PolkuStore *store,
          const char *first_names,
          const char *last_name,
          const char *diaarinumero,
          const char *suoritustapa)
{
  gint64 learner = lt_add_learner (store, first_names, last_name);
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autoptr(GError) error = NULL;
  PolkuPeriodRecord period = { 0 };

  plan = polku_store_get_plan (store, learner, &error);
  g_assert_no_error (error);
  plan->peruste_id = lt_peruste_id (store, diaarinumero);
  g_free (plan->suoritustapa);
  plan->suoritustapa = g_strdup (suoritustapa);
  g_assert_true (polku_store_update_plan (store, plan, &error));

  period.learner_id = learner;
  period.kind = POLKU_PERIOD_KIND_TRAINEE;
  period.starts_on = (char *) "2026-01-05";
  period.ends_on = (char *) "2026-06-30";
  g_assert_cmpint (polku_store_add_period (store, &period, &error), >, 0);
  g_assert_no_error (error);
  return learner;
}

static gint64
add_unit (PolkuStore *store,
          gint64      learner,
          const char *diaarinumero,
          const char *koodi_uri)
{
  g_autoptr(GError) error = NULL;
  gint64 plan_unit = polku_store_add_plan_unit (store, learner, lt_unit_id (store, diaarinumero, koodi_uri), &error);

  g_assert_no_error (error);
  g_assert_cmpint (plan_unit, >, 0);
  return plan_unit;
}

/* Identifies @n requirements of @unit_id (of @osa_alue_id, or any when < 0). */
static void
identify (PolkuStore *store,
          gint64      learner,
          gint64      unit_id,
          gint64      osa_alue_id,
          guint       n,
          int         level_id,
          const char *text)
{
  g_autoptr(GPtrArray) requirements = polku_store_catalogue_list_requirements (store, unit_id, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  PolkuCompetenceEdit edit = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (requirements);
  for (guint i = 0; i < requirements->len && ids->len < n; i++)
    {
      const PolkuRequirementRecord *r = g_ptr_array_index (requirements, i);

      if (osa_alue_id < 0 || r->osa_alue_id == osa_alue_id)
        g_array_append_val (ids, r->requirement_id);
    }
  g_assert_cmpuint (ids->len, ==, n);

  edit.fields = POLKU_COMPETENCE_FIELD_STATUS | POLKU_COMPETENCE_FIELD_LEVEL | POLKU_COMPETENCE_FIELD_SHOWN_ON |
                POLKU_COMPETENCE_FIELD_OBSERVATION | POLKU_COMPETENCE_FIELD_EVIDENCE | POLKU_COMPETENCE_FIELD_OWN_VIEW;
  edit.status = POLKU_COMPETENCE_IDENTIFIED;
  edit.level_id = level_id;
  edit.shown_on = "2026-03-02";
  edit.observation = text;
  edit.evidence = text;
  edit.own_view = text;
  g_assert_true (polku_store_edit_competences (store, learner, (const gint64 *) ids->data, ids->len, &edit, &error));
  g_assert_no_error (error);
}

static PolkuPrintDocument *
build_checked (Fixture           *fixture,
               PolkuDocumentKind  kind,
               gint64             learner,
               const char        *language,
               char             **out_text)
{
  g_autoptr(GError) error = NULL;
  PolkuPrintDocument *doc = polku_document_build (fixture->store, kind, learner, language, &options, &error);
  g_autofree char *name = NULL;
  guint n_pages;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  n_pages = polku_test_print_paginate (doc);
  assert_boxes_inside (doc, n_pages);
  name = g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s.pdf", polku_document_kind_to_string (kind), learner, language);
  *out_text = export_text (fixture, doc, name, n_pages);
  return doc;
}

/* The page (from 0) with a drawn line equal to @text, or -1. */
static int
page_of_line (PolkuPrintDocument *doc,
              const char         *text,
              guint              *out_index)
{
  guint n_pages = polku_print_document_get_n_pages (doc);

  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);

      for (guint i = 0; i < boxes->len; i++)
        if (g_str_equal (((PolkuPrintTextBox *) g_ptr_array_index (boxes, i))->text, text))
          {
            if (out_index != NULL)
              *out_index = i;
            return (int) page;
          }
    }
  return -1;
}

static gboolean
page_has_line_containing (PolkuPrintDocument *doc,
                          guint               page,
                          const char         *needle)
{
  g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);

  for (guint i = 0; i < boxes->len; i++)
    if (strstr (((PolkuPrintTextBox *) g_ptr_array_index (boxes, i))->text, needle) != NULL)
      return TRUE;
  return FALSE;
}

static const PolkuUnitProgressRecord *
progress_of (GPtrArray *progress,
             gint64     unit_id)
{
  for (guint i = 0; i < progress->len; i++)
    if (((PolkuUnitProgressRecord *) g_ptr_array_index (progress, i))->unit_id == unit_id)
      return g_ptr_array_index (progress, i);
  g_assert_not_reached ();
}

/* TUVA and TELMA: training parts and objectives, weeks as ranges, no "0 osp"
 * for TELMA's parts and no level column where the part has no scale. */
static void
test_preparatory (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const files[] = { LT_TUVA, LT_TELMA, NULL };
  PolkuStore *store = fixture->store;
  gint64 tuva, telma;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GError) error = NULL;

  if (!polku_test_have_poppler ())
    return;
  import_files (store, files);

  tuva = add_plan (store, "Elias", "Tuvanen", "OPH-1488-2021", NULL);
  add_unit (store, tuva, "OPH-1488-2021", "koulutuksenosattuva_101");
  add_unit (store, tuva, "OPH-1488-2021", "koulutuksenosattuva_102");
  identify (store, tuva, lt_unit_id (store, "OPH-1488-2021", "koulutuksenosattuva_101"), -1, 5, 1, "Osaa.");
  progress = polku_store_list_plan_progress (store, tuva, &error);
  g_assert_no_error (error);

  {
    g_autofree char *text = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_PLAN, tuva, "fi", &text);

    assert_contains (text, "Tavoitekoulutus", "the heading of a TUVA plan");
    assert_contains (text, "Valitut koulutuksen osat", "the training parts");
    /* 101 is 2–10 weeks, 102 0–20 weeks: never "0 viikkoa". */
    assert_contains (text, "2–10 viikkoa", "a TUVA part's weeks");
    g_assert_cmpint (page_of_line (doc, "0 viikkoa", NULL), ==, -1);
    assert_contains (text, "Tunnistetut tavoitteet", "objectives, not requirements");
  }
  {
    g_autofree char *text = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_PLAN, tuva, "sv", &text);

    assert_contains (text, "Målutbildning", "the Swedish heading");
    assert_contains (text, "2–10 veckor", "weeks in Swedish");
  }
  {
    g_autofree char *text = NULL;
    g_autofree char *figure = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_CERTIFICATE, tuva, "fi", &text);
    const PolkuUnitProgressRecord *p = progress_of (progress, lt_unit_id (store, "OPH-1488-2021", "koulutuksenosattuva_101"));

    figure = g_strdup_printf ("Koulutuksen osan tavoitteista tunnistettu: 5 / %u", p->n_total);
    assert_contains (text, figure, "the objectives count");
    assert_contains (text, "koulutuksen tavoitteita (ePerusteet) vasten", "the closing statement for TUVA");
    g_assert_null (strstr (text, "ammattitaitovaatimuksia"));
  }

  {
    g_autofree char *text = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_REVIEW_SHEET, tuva, "fi", &text);

    assert_contains (text, "Tavoite ja näyttö osaamisesta", "objectives on a TUVA review sheet");
    assert_contains (text, "Tavoitekoulutus", "the target training");
  }

  /* A period that is not the learner's: the message names the ones there are. */
  {
    g_autoptr(GPtrArray) periods = polku_store_list_periods (store, tuva, &error);
    g_autofree char *id = NULL;
    PolkuDocumentOptions other = options;
    PolkuPrintDocument *doc;

    g_assert_no_error (error);
    g_assert_cmpuint (periods->len, ==, 1);
    id = g_strdup_printf ("%" G_GINT64_FORMAT " (5.1.2026–30.6.2026)",
                          ((PolkuPeriodRecord *) g_ptr_array_index (periods, 0))->period_id);
    other.period_id = 4242;
    doc = polku_document_build (store, POLKU_DOCUMENT_CERTIFICATE, tuva, "fi", &other, &error);
    g_assert_null (doc);
    g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, id));
    g_clear_error (&error);
  }

  telma = add_plan (store, "Sofia", "Telmanen", "OPH-2659-2017", "reformi");
  add_unit (store, telma, "OPH-2659-2017", "tutkinnonosat_400005");
  identify (store, telma, lt_unit_id (store, "OPH-2659-2017", "tutkinnonosat_400005"), -1, 6, 0, "Osaa.");
  {
    g_autofree char *text = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_PLAN, telma, "fi", &text);
    g_autofree char *squeezed_zero = squeeze ("vahvistaminen 0 osp");

    /* TELMA's parts carry 0 in the data: not known, not zero. */
    assert_contains (text, "400005 Ammatillisen toimintakyvyn vahvistaminen \u2013", "a dash for unknown credits");
    g_assert_null (strstr (text, squeezed_zero));
    assert_contains (text, "Koko koulutus", "the whole training");
  }
  {
    g_autofree char *text = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_CERTIFICATE, telma, "sv", &text);
    int signature_page;

    g_assert_cmpint (page_of_line (doc, "0 kp", NULL), ==, -1);
    /* No scale, no column of dashes. */
    g_assert_cmpint (page_of_line (doc, "Nivå", NULL), ==, -1);
    g_assert_cmpint (page_of_line (doc, "Identifierat kunnande", NULL), >=, 0);
    /* The signature is never alone on its page: the statement goes with it. */
    signature_page = page_of_line (doc, "Ort och datum", NULL);
    g_assert_cmpint (signature_page, >=, 0);
    g_assert_true (page_has_line_containing (doc, (guint) signature_page, "Utbildningsanordnaren"));
    assert_contains (text, "mot utbildningens mål för kunnande", "the Swedish closing statement for TELMA");
  }
}

/* A 2014 qualification with a common unit's osa-alueet chosen, and a 2020
 * one with common units from the 2022 common units. */
static void
test_other_qualifications (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const files[] = { LT_LIIKETALOUS, LT_PUUTARHA, LT_YTO, NULL };
  PolkuStore *store = fixture->store;
  gint64 learner, gardener, common, plan_unit;
  g_autoptr(GPtrArray) osa_alueet = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GError) error = NULL;
  gint64 chosen[2];

  if (!polku_test_have_poppler ())
    return;
  import_files (store, files);

  learner = add_plan (store, "Aino", "Kauppinen", "59/011/2014", "ops");
  add_unit (store, learner, "59/011/2014", "tutkinnonosat_100359");
  plan_unit = add_unit (store, learner, "59/011/2014", "tutkinnonosat_101053");
  common = lt_unit_id (store, "59/011/2014", "tutkinnonosat_101053");
  osa_alueet = polku_store_catalogue_list_osa_alueet (store, common, &error);
  g_assert_no_error (error);
  /* Äidinkieli, suomi: its mandatory and its optional objectives, two entries of one name. */
  chosen[0] = ((PolkuOsaAlueRecord *) g_ptr_array_index (osa_alueet, 0))->osa_alue_id;
  chosen[1] = ((PolkuOsaAlueRecord *) g_ptr_array_index (osa_alueet, 1))->osa_alue_id;
  g_assert_true (polku_store_set_plan_unit_osa_alueet (store, plan_unit, chosen, 2, &error));
  g_assert_no_error (error);
  identify (store, learner, lt_unit_id (store, "59/011/2014", "tutkinnonosat_100359"), -1, 5, 3, "Palvelee.");
  identify (store, learner, common, chosen[0], 4, 2, "Kirjoittaa.");
  progress = polku_store_list_plan_progress (store, learner, &error);
  g_assert_no_error (error);

  {
    g_autofree char *text = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_PLAN, learner, "sv", &text);

    assert_contains (text, "Valda delområden", "the chosen osa-alueet");
    assert_contains (text, "Modersmålet, finska (Obligatorisk, 5 kp)", "the mandatory objectives");
    assert_contains (text, "Modersmålet, finska (Valbar, 3 kp)", "the optional objectives");
  }
  {
    g_autofree char *text = NULL;
    g_autofree char *figure = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_CERTIFICATE, learner, "fi", &text);
    const PolkuUnitProgressRecord *p = progress_of (progress, common);

    /* The certificate counts as the plan does: the chosen osa-alueet only. */
    g_assert_cmpuint (p->n_total, <, 122);
    figure = g_strdup_printf ("Tutkinnon osan ammattitaitovaatimuksista tunnistettu: 4 / %u", p->n_total);
    assert_contains (text, figure, "the count of the chosen osa-alueet");
  }

  gardener = add_plan (store, "Kiki", "Puutarhuri", "OPH-901-2020", "reformi");
  add_unit (store, gardener, "OPH-901-2020", "tutkinnonosat_103908");
  add_unit (store, gardener, "OPH-456-2022", "tutkinnonosat_106728");
  {
    g_autofree char *text = NULL;
    g_autoptr(PolkuPrintDocument) doc = build_checked (fixture, POLKU_DOCUMENT_PLAN, gardener, "fi", &text);

    /* A unit of another qualification says where it comes from. */
    assert_contains (text, "Ammatillinen perustutkinto 2022, OPH-456-2022", "the common unit's qualification");
  }

  /* However long the first unit's table, the second unit's heading never
   * ends a page: its code line, its count and its table's header follow it. */
  identify (store, gardener, lt_unit_id (store, "OPH-456-2022", "tutkinnonosat_106728"), -1, 3, 5, "Laskee.");
  for (guint n = 1; n <= 23; n++)
    {
      g_autoptr(PolkuPrintDocument) doc = NULL;
      g_autoptr(GPtrArray) boxes = NULL;
      guint heading = 0, n_after = 0;
      int page;

      identify (store, gardener, lt_unit_id (store, "OPH-901-2020", "tutkinnonosat_103908"), -1, n, 7, "Hoitaa.");
      doc = polku_document_build (store, POLKU_DOCUMENT_CERTIFICATE, gardener, "fi", &options, &error);
      g_assert_no_error (error);
      polku_test_print_paginate (doc);
      page = page_of_line (doc, "Matemaattis-luonnontieteellinen osaaminen", &heading);
      g_assert_cmpint (page, >=, 0);
      boxes = _polku_print_document_get_text_boxes (doc, (guint) page);
      for (guint i = heading + 1; i < boxes->len; i++)
        {
          const char *line = ((PolkuPrintTextBox *) g_ptr_array_index (boxes, i))->text;

          if (!g_str_has_prefix (line, "Tulostettu") && strstr (line, " / ") == NULL)
            n_after++;
        }
      if (n_after < 2)
        g_error ("with %u rows above, the heading is left at the foot of page %d", n, page + 1);
    }
}

/* Long free texts: a unit's heading is never left alone at the foot of a
 * page, and a long row starts under it instead of leaving the page empty. */
static void
test_long_texts (Fixture       *fixture,
                 gconstpointer  data)
{
  PolkuStore *store = fixture->store;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autofree char *text = NULL;
  gint64 learner, unit_id;
  guint heading = 0, header = 0;
  int heading_page;
  static const char * const files[] = { LT_PUUTARHA, NULL };

  if (!polku_test_have_poppler ())
    return;
  import_files (store, files);

  for (guint i = 0; i < 4; i++)
    g_string_append (long_text, "Harjoittelin ensin ohjaajan kanssa & sitten itsenäisesti. Tärkeintä oli, että "
                                "\"asiakas\" ymmärsi <mitä> tein – ja miksi.\nSeuraavaksi haluan harjoitella "
                                "puhelinpalvelua ja sähköpostiviestien kirjoittamista. ");
  g_assert_cmpuint (g_utf8_strlen (long_text->str, -1), >, 500);

  learner = add_plan (store, "Maria-Kristiina Johanna Eveliina Aleksandra", "Vähäjylhä-Kuusiniemi-Oksanen-Lindqvist",
                      "OPH-901-2020", "reformi");
  add_unit (store, learner, "OPH-901-2020", "tutkinnonosat_103908");
  unit_id = lt_unit_id (store, "OPH-901-2020", "tutkinnonosat_103908");
  identify (store, learner, unit_id, -1, 3, 7, long_text->str);

  doc = build_checked (fixture, POLKU_DOCUMENT_REVIEW_SHEET, learner, "fi", &text);
  assert_contains (text, "\"asiakas\" ymmärsi <mitä> tein", "the free text, unescaped");
  heading_page = page_of_line (doc, "103908 Puutarhatöiden tekeminen", &heading);
  g_assert_cmpint (heading_page, >=, 0);
  /* The table starts on the heading's page, after it. */
  g_assert_cmpint (page_of_line (doc, "Vaatimus ja näyttö osaamisesta", &header), ==, heading_page);
  g_assert_cmpuint (header, >, heading);
  g_assert_cmpint (heading_page, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/documents/kinds", test_kinds);
  g_test_add ("/documents/demo", Fixture, LT_SET_DEMO, lt_fixture_setup_catalogue, test_demo, lt_fixture_teardown);
  g_test_add ("/documents/errors", Fixture, LT_SET_PUU, lt_fixture_setup_catalogue, test_errors, lt_fixture_teardown);
  g_test_add ("/documents/fallback", Fixture, LT_SET_PUU, lt_fixture_setup_catalogue, test_fallback,
              lt_fixture_teardown);
  g_test_add ("/documents/long-plan", Fixture, LT_SET_DEMO, lt_fixture_setup_catalogue, test_long_plan,
              lt_fixture_teardown);
  g_test_add ("/documents/preparatory", Fixture, LT_SET_EMPTY, lt_fixture_setup_catalogue, test_preparatory,
              lt_fixture_teardown);
  g_test_add ("/documents/other-qualifications", Fixture, LT_SET_EMPTY, lt_fixture_setup_catalogue,
              test_other_qualifications, lt_fixture_teardown);
  g_test_add ("/documents/long-texts", Fixture, LT_SET_EMPTY, lt_fixture_setup_catalogue, test_long_texts,
              lt_fixture_teardown);

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
