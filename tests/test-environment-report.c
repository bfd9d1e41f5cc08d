/* test-environment-report.c: the printed learning environment report and
 * `polku --export-pdf environment-report`, read back with poppler-utils.
 *
 * Keep the PDFs for looking at: POLKU_TEST_KEEP_DIR=/some/dir
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "polku-command-line-export.h"
#include "polku-document-environment-report.h"
#include "polku-environment-report.h"
#include "polku-pdf-export.h"
#include "polku-print-i18n.h"
#include "polku-print-layout-private.h"
#include "polku-test-print.h"
#include "polku-test-workshop.h"

#define DIAARI "OPH-2455-2017"
#define AJONEUVO "eperusteet/ajoneuvoalan-perustutkinto_OPH-5410-2021.json"
#define AJONEUVO_DIAARI "OPH-5410-2021"
#define TUVA "eperusteet/tutkintokoulutukseen-valmentava-koulutus_OPH-1488-2021.json"
#define TUVA_DIAARI "OPH-1488-2021"
#define WORKSHOP_NAME "Puutyöpaja Lastu"
#define FURNITURE_REQUIREMENT "suunnitella kalusteiden valmistuksen ja työvaiheiden keskinäisen järjestyksen"
#define FURNITURE_UNCOVERED "toimia työyhteisön jäsenenä."

typedef struct
{
  gint64 workshop_id;
  gint64 peruste_id;
  gint64 table_task;
} Demo;

/* Helpers */

/* The line of @text that holds @needle. */
static char *
line_with (const char *text,
           const char *needle)
{
  const char *hit = strstr (text, needle);
  const char *start, *end;

  if (hit == NULL)
    return NULL;

  for (start = hit; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (hit, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static void
maybe_keep (const char *path,
            const char *name)
{
  const char *dir = g_getenv ("POLKU_TEST_KEEP_DIR");
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *target_path = NULL;

  if (dir == NULL)
    return;

  target_path = g_build_filename (dir, name, NULL);
  source = g_file_new_for_path (path);
  target = g_file_new_for_path (target_path);
  g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
}

static gint64
requirement_by_text (PolkuStore *store,
                     const char *diaarinumero,
                     const char *unit_code,
                     const char *text_prefix)
{
  return ws_query_id (store,
                      "SELECT r.requirement_id FROM requirement r JOIN unit u USING (unit_id) "
                      "JOIN peruste p USING (peruste_id) WHERE p.diaarinumero = '%s' "
                      "AND u.koodi_arvo = '%s' AND r.text_fi LIKE '%s%%'",
                      diaarinumero, unit_code, text_prefix);
}

static gint64
add_task (PolkuStore *store,
          gint64      workshop_id,
          const char *title,
          const char *description,
          const char *duration)
{
  PolkuTaskRecord record = { .workshop_id = workshop_id, .title = (char *) title,
                             .description = (char *) description, .duration = (char *) duration,
                             .active = TRUE };
  g_autoptr(GError) error = NULL;
  gint64 id = polku_store_add_task (store, &record, &error);

  g_assert_no_error (error);
  return id;
}

static void
map (PolkuStore *store,
     gint64      task_id,
     gint64      requirement_id)
{
  PolkuRecognition who = { .recognised_by = "Anna Virtanen", .teacher_name = "Olli Opettaja",
                           .teacher_organisation = "Gradia" };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (requirement_id, >, 0);
  g_assert_true (polku_store_map_requirement (store, task_id, requirement_id, &who, &error));
  g_assert_no_error (error);
}

/* A carpentry workshop as a coach would enter it: eight tasks mapped to two
 * vocational units and a common unit, a third unit marked partly learnable. */
static void
build_demo (PolkuStore *store,
            Demo       *demo)
{
  g_autoptr(PolkuOrganisationRecord) organisation = NULL;
  g_autoptr(GError) error = NULL;
  PolkuWorkshopRecord workshop = {
    .name = (char *) WORKSHOP_NAME,
    .address = (char *) "Sahakatu 12",
    .postal_code = (char *) "40320",
    .municipality = (char *) "Jyväskylä",
    .description = (char *) "Puutyöpaja Lastu on oikea puusepänverstas, jossa valmistetaan ja kunnostetaan "
                            "huonekaluja asiakkaille. Työ tehdään pienissä ryhmissä työvalmentajan ohjauksessa, "
                            "ja jokainen valmentautuja etenee omaan tahtiinsa.\n\n"
                            "Verstaalla on erilliset tilat koneistukselle, kokoonpanolle ja pintakäsittelylle. "
                            "Tilat ovat esteettömät.",
    .equipment = (char *) "Tasohöylä, oikohöylä, pöytäsirkkeli, vannesaha, kantinauhoituskone, "
                          "pintakäsittelykaappi ja CNC-jyrsin; käsityökalut ja henkilökohtaiset suojaimet.",
  };
  PolkuContactRecord contacts[] = {
    { .name = (char *) "Anna Virtanen", .title = (char *) "Työvalmentaja", .phone = (char *) "040 123 4567",
      .email = (char *) "anna.virtanen@nuortentyopajat.fi" },
    { .name = (char *) "Pekka Lahtinen", .title = (char *) "Pajaohjaaja", .phone = (char *) "040 765 4321",
      .email = (char *) "pekka.lahtinen@nuortentyopajat.fi" },
  };
  PolkuRecognitionRecord recognition = {
    .recognised_on = (char *) "2025-02-14",
    .recogniser_name = (char *) "Olli Opettaja",
    .recogniser_organisation = (char *) "Jyväskylän koulutuskuntayhtymä Gradia",
    .published_on = (char *) "2025-03-01",
  };
  PolkuRecognition who = { .recognised_by = "Anna Virtanen", .note = NULL };
  gint64 table, shelf, cleaning, finishing, safety, order, chairs;
  gint64 unit_id;

  organisation = polku_store_get_organisation (store, &error);
  g_assert_no_error (error);
  g_free (organisation->name);
  organisation->name = g_strdup ("Nuorten Työpajat ry");
  g_free (organisation->business_id);
  organisation->business_id = g_strdup ("2345678-0");
  g_assert_true (polku_store_update_organisation (store, organisation, &error));
  g_assert_no_error (error);

  demo->workshop_id = polku_store_add_workshop (store, &workshop, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (contacts); i++)
    {
      contacts[i].workshop_id = demo->workshop_id;
      g_assert_cmpint (polku_store_add_contact (store, &contacts[i], &error), >, 0);
      g_assert_no_error (error);
    }

  demo->peruste_id = ws_peruste_id_of (store, DIAARI);
  recognition.workshop_id = demo->workshop_id;
  recognition.peruste_id = demo->peruste_id;
  g_assert_true (polku_store_set_recognition (store, &recognition, &error));
  g_assert_no_error (error);

  table = add_task (store, demo->workshop_id, "Pöydän valmistus",
                    "Ruokapöydän valmistus asiakkaan mittojen mukaan: työpiirustus, materiaalin valinta, "
                    "työstö, liimaus ja kokoonpano.", "2–3 viikkoa");
  shelf = add_task (store, demo->workshop_id, "Hyllyn kokoaminen", "Seinähyllyn kokoaminen levystä ja massiivipuusta.",
                    "3 päivää");
  cleaning = add_task (store, demo->workshop_id, "Työpisteen siivous ja jätteiden lajittelu",
                       "Päivittäinen siivous, purun poisto ja jätteiden lajittelu kierrätykseen.", "päivittäin");
  finishing = add_task (store, demo->workshop_id, "Pintakäsittely (lakkaus ja öljyäminen)",
                        "Hionta, petsaus, lakkaus ja öljyäminen pintakäsittelykaapissa.", "1 viikko");
  safety = add_task (store, demo->workshop_id, "Työturvallisuusperehdytys",
                     "Koneiden turvallinen käyttö, suojaimet ja ensiapuvalmius.", "2 päivää");
  order = add_task (store, demo->workshop_id, "Materiaalitilauksen laatiminen",
                    "Materiaalilistan ja tilauksen laatiminen työpiirustuksesta.", "1 päivä");
  chairs = add_task (store, demo->workshop_id, "Tuolien kunnostus", "Vanhojen tuolien korjaus ja uudelleenverhoilu.",
                     "1–2 viikkoa");
  add_task (store, demo->workshop_id, "Asiakaspalvelu verstaan myymälässä", NULL, NULL);
  demo->table_task = table;

  /* 105429 Kalusteiden valmistaminen: five of six. */
  map (store, table, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_613"));
  map (store, shelf, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_614"));
  map (store, table, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_615"));
  map (store, chairs, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_615"));
  map (store, safety, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_616"));
  map (store, cleaning, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_617"));

  /* 105444 Puutuotevalmistuksessa toimiminen: three of six. */
  map (store, order, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_413"));
  map (store, table, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_415"));
  map (store, finishing, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_415"));
  map (store, safety, ws_requirement_id_of (store, DIAARI, "ammattitaitovaatimukset_416"));

  /* 400014 Yhteiskunta- ja työelämäosaaminen, a common unit of 31 objectives. */
  map (store, cleaning, requirement_by_text (store, DIAARI, "400014", "toimia osana työyhteisöä"));
  map (store, safety, requirement_by_text (store, DIAARI, "400014", "ehkäistä tapaturmien syntymistä"));
  map (store, safety, requirement_by_text (store, DIAARI, "400014", "arvioida toimintaympäristönsä ja toimintansa"));

  /* 105438 Puupintojen käsitteleminen: marked, nothing mapped yet. */
  unit_id = ws_unit_id_of (store, DIAARI, "tutkinnonosat_105438");
  g_assert_true (polku_store_set_workshop_unit (store, demo->workshop_id, unit_id, POLKU_UNIT_EXTENT_PARTIAL,
                                                &who, &error));
  g_assert_no_error (error);
}

static PolkuPrintDocument *
build_document (PolkuEnvironmentReport *report,
                const char             *language)
{
  g_autoptr(GError) error = NULL;
  PolkuPrintDocument *doc = polku_document_environment_report_new (report, language, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Exports @doc, checks what every document must have and returns the text. */
static char *
export_and_read (Fixture            *fixture,
                 PolkuPrintDocument *doc,
                 const char         *name,
                 guint              *out_pages)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(PolkuPrintDocument) copy = polku_print_document_copy (doc);
  g_autoptr(GError) error = NULL;
  const char *printed_format = polku_print_gettext (polku_print_document_get_language (doc), "Printed %s");
  g_autofree char *printed = g_strndup (printed_format, strcspn (printed_format, "%"));
  guint n_pages;

  g_assert_true (polku_pdf_export_to_file (doc, path, &error));
  g_assert_no_error (error);
  maybe_keep (path, name);

  n_pages = polku_test_pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, polku_test_print_paginate (copy));

  /* "N / M" at the foot of every page, and the date printed. */
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = polku_test_pdf_text (path, page);
      g_autofree char *footer = g_strdup_printf ("%u/%u", page, n_pages);
      g_autofree char *footer_line = line_with (text, printed);

      /* pdftotext spaces the page number as the glyphs' positions say. */
      g_assert_nonnull (footer_line);
      g_strchomp (footer_line);
      g_assert_true (g_str_has_suffix (polku_test_without_spaces (footer_line), footer));
    }

  /* The layout's own boxes stay inside the printable area. */
  for (guint page = 0; page < polku_test_print_paginate (copy); page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (copy, page);

      for (guint i = 0; i < boxes->len; i++)
        {
          PolkuPrintTextBox *box = g_ptr_array_index (boxes, i);

          if (box->x0 < -0.5 || box->y0 < -0.5 ||
              box->x1 > POLKU_PRINTABLE_WIDTH + 0.5 || box->y1 > POLKU_PRINTABLE_HEIGHT + 0.5)
            g_error ("“%s” on page %u at %.1f,%.1f–%.1f,%.1f leaves the printable area",
                     box->text, page + 1, box->x0, box->y0, box->x1, box->y1);
        }
    }

  *out_pages = n_pages;
  return polku_test_pdf_text (path, 0);
}

/* pdftotext -bbox: every word, the matrix's too, lies inside the margins. */
static void
assert_words_inside (Fixture            *fixture,
                     PolkuPrintDocument *doc)
{
  g_autofree char *path = g_build_filename (fixture->dir, "bbox.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (polku_pdf_export_to_file (doc, path, &error));
  g_assert_no_error (error);
  /* Slanted task titles have wide glyph boxes: allow a little. */
  g_assert_cmpuint (polku_test_pdf_words_inside (path, 2), >, 500);
}

/* The part of @text from the second @heading (the first is in the bars) up to
 * @until, or to the end. */
static char *
unit_section (const char *text,
              const char *heading,
              const char *until)
{
  const char *start = strstr (text, heading);
  const char *end;

  g_assert_nonnull (start);
  start = strstr (start + 1, heading);
  g_assert_nonnull (start);
  end = until != NULL ? strstr (start, until) : NULL;
  return end != NULL ? g_strndup (start, end - start) : g_strdup (start);
}

/* Tests */

static void
test_finnish (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;
  g_autofree char *furniture = NULL;
  g_autofree char *wood = NULL;
  guint n_pages;
  Demo demo;

  if (!polku_test_have_poppler ())
    return;

  build_demo (fixture->store, &demo);
  report = polku_environment_report_new (fixture->store, demo.workshop_id, demo.peruste_id, &error);
  g_assert_no_error (error);

  doc = build_document (report, "fi");
  g_assert_cmpstr (polku_print_document_get_title (doc), ==, "Oppimisympäristöraportti");
  text = export_and_read (fixture, doc, "environment-report-fi.pdf", &n_pages);
  g_assert_cmpuint (n_pages, >=, 4);

  /* The top of a PAIKKO report. */
  g_assert_nonnull (strstr (text, "Oppimisympäristöraportti"));
  g_assert_nonnull (strstr (text, WORKSHOP_NAME " – Puuteollisuuden perustutkinto"));
  g_assert_nonnull (strstr (text, DIAARI));
  g_assert_nonnull (strstr (text, "Osaamisalat"));
  g_assert_nonnull (strstr (text, "Tutkintonimikkeet"));
  g_assert_nonnull (strstr (text, "Puuseppä"));
  g_assert_nonnull (strstr (text, "1.8.2018"));
  g_assert_nonnull (strstr (text, "https://eperusteet.opintopolku.fi"));
  g_assert_nonnull (strstr (text, "Nuorten Työpajat ry"));
  g_assert_nonnull (strstr (text, "2345678-0"));
  g_assert_nonnull (strstr (text, "Sahakatu 12, 40320 Jyväskylä"));
  g_assert_nonnull (strstr (text, "Yhteyshenkilöt"));
  g_assert_nonnull (strstr (text, "anna.virtanen@nuortentyopajat.fi"));
  g_assert_nonnull (strstr (text, "14.2.2025"));
  g_assert_nonnull (strstr (text, "Olli Opettaja (Jyväskylän koulutuskuntayhtymä Gradia)"));
  g_assert_nonnull (strstr (text, "oikea puusepänverstas"));
  g_assert_nonnull (strstr (text, "CNC-jyrsin"));
  g_assert_nonnull (strstr (text, polku_print_gettext ("fi", "Qualification data: Opetushallitus, ePerusteet")));
  /* No fallback here: every text exists in Finnish. */
  g_assert_null (strchr (text, '*'));

  /* The bars: a figure per unit learnable here. */
  line = line_with (text, "105429 Kalusteiden valmistaminen");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (polku_test_without_spaces (line), "5/6"));
  g_clear_pointer (&line, g_free);
  g_assert_nonnull (strstr (text, "40 osp · "));
  g_clear_pointer (&line, g_free);
  line = line_with (text, "105444 Puutuotevalmistuksessa");
  g_assert_nonnull (strstr (polku_test_without_spaces (line), "3/6"));
  g_clear_pointer (&line, g_free);
  g_assert_nonnull (strstr (text, "105438 Puupintojen käsitteleminen"));
  /* A unit the workshop does not touch is left out. */
  g_assert_null (strstr (text, "Hirsirakenteiden valmistaminen"));

  /* A mapped requirement beside its task, and what cannot be learned here. */
  furniture = unit_section (text, "105429 Kalusteiden valmistaminen", "400014 Yhteiskunta");
  line = line_with (furniture, "suunnitella kalusteiden valmistuksen");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, "Pöydän valmistus"));
  g_clear_pointer (&line, g_free);
  g_assert_nonnull (strstr (furniture, polku_print_gettext ("fi", "Not learnable in this environment")));
  g_assert_nonnull (strstr (strstr (furniture, polku_print_gettext ("fi", "Not learnable in this environment")),
                            FURNITURE_UNCOVERED));
  g_assert_null (strstr (strstr (furniture, polku_print_gettext ("fi", "Not learnable in this environment")),
                         "suunnitella kalusteiden"));

  wood = unit_section (text, "105444 Puutuotevalmistuksessa toimiminen", "105438 Puupintojen");
  g_assert_nonnull (strstr (wood, "käyttää puuteollisuuden materiaaleja ja jatkojalosteita"));

  /* The common unit: objectives grouped by osa-alue. */
  g_assert_nonnull (strstr (text, "Työelämässä toimiminen"));
  g_assert_nonnull (strstr (text, "toimia osana työyhteisöä"));

  /* The matrix closes the report. */
  g_assert_nonnull (strstr (text, polku_print_gettext ("fi", "Appendix: coverage matrix")));

  assert_words_inside (fixture, doc);
}

static void
test_swedish (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(PolkuPrintDocument) fallback_doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fallback_text = NULL;
  g_autofree char *line = NULL;
  g_autofree char *note = NULL;
  const char * const headings[] = {
    "Learning environment report", "Qualification", "Learning environment", "Contact people", "Equipment",
    "Units of the qualification learnable here", "Learnable here", "Not learnable in this environment",
    "Appendix: coverage matrix",
  };
  guint n_pages;
  Demo demo;

  if (!polku_test_have_poppler ())
    return;

  build_demo (fixture->store, &demo);
  report = polku_environment_report_new (fixture->store, demo.workshop_id, demo.peruste_id, &error);
  g_assert_no_error (error);

  doc = build_document (report, "sv");
  text = export_and_read (fixture, doc, "environment-report-sv.pdf", &n_pages);

  /* Swedish headings (these are translated already), whatever the UI's language is. */
  g_assert_cmpstr (polku_print_document_get_title (doc), ==, "Rapport om lärmiljön");
  g_assert_nonnull (strstr (text, "Rapport om lärmiljön"));
  g_assert_nonnull (strstr (text, "Kontaktpersoner"));
  g_assert_nonnull (strstr (text, "Utrustning"));
  g_assert_nonnull (strstr (text, "Kompetensområden"));
  g_assert_null (strstr (text, "Oppimisympäristöraportti"));
  g_assert_null (strstr (text, "Yhteyshenkilöt"));
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_assert_nonnull (strstr (text, polku_print_gettext ("sv", headings[i])));

  /* Catalogue texts in Swedish; "kp" for credits. */
  g_assert_nonnull (strstr (text, WORKSHOP_NAME " – Grundexamen inom träindustrin"));
  g_assert_nonnull (strstr (text, "105429 Tillverkning av inredning"));
  g_assert_nonnull (strstr (text, "40 kp · "));
  line = line_with (text, "planera tillverkning av inredning");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, "Pöydän valmistus"));
  g_assert_null (strstr (text, "suunnitella kalusteiden"));
  g_assert_null (strchr (text, '*'));

  /* Where ePerusteet has no Swedish text, the Finnish one is shown and marked. */
  for (guint i = 0; i < report->coverage->units->len; i++)
    {
      PolkuUnitCoverageRecord *unit = g_ptr_array_index (report->coverage->units, i);

      if (g_strcmp0 (unit->koodi_arvo, "105429") != 0)
        continue;
      g_clear_pointer (&unit->nimi_sv, g_free);
      for (guint j = 0; j < unit->rows->len; j++)
        {
          PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, j);

          if (g_str_has_prefix (row->text_fi, "suunnitella kalusteiden"))
            g_clear_pointer (&row->text_sv, g_free);
        }
    }
  fallback_doc = build_document (report, "sv");
  fallback_text = export_and_read (fixture, fallback_doc, "environment-report-sv-fallback.pdf", &n_pages);
  g_assert_nonnull (strstr (fallback_text, "105429 Kalusteiden valmistaminen *"));
  g_assert_nonnull (strstr (fallback_text, FURNITURE_REQUIREMENT " *"));
  note = g_strdup_printf (polku_print_gettext ("sv", "%s Not available in Swedish in ePerusteet; shown in Finnish."), "*");
  g_assert_nonnull (strstr (fallback_text, note));
}

static void
test_bad_language (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(GError) error = NULL;
  Demo demo;

  build_demo (fixture->store, &demo);
  report = polku_environment_report_new (fixture->store, demo.workshop_id, demo.peruste_id, &error);
  g_assert_no_error (error);

  g_assert_null (polku_document_environment_report_new (report, "en", &error));
  g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED);
}

/* A workshop with nothing recorded yet still makes a clean document. */
static void
test_empty_workshop (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 workshop_id = ws_add_workshop (fixture->store, "Kahvila Kuppi");
  guint n_pages;

  if (!polku_test_have_poppler ())
    return;

  report = polku_environment_report_new (fixture->store, workshop_id, ws_peruste_id_of (fixture->store, DIAARI),
                                         &error);
  g_assert_no_error (error);
  doc = build_document (report, "fi");
  text = export_and_read (fixture, doc, "environment-report-empty.pdf", &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_nonnull (strstr (text, "Kahvila Kuppi"));
  g_assert_nonnull (strstr (text, polku_print_gettext ("fi", "The recognition of the learning environment has not been recorded yet.")));
  g_assert_nonnull (strstr (text, polku_print_gettext ("fi", "No unit of the qualification is covered by the workshop's tasks yet.")));
}

/* A TUVA training has training parts and objectives, not units and
 * requirements: the report says so, on paper and in the summary. */
static void
test_training (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  gint64 workshop_id = ws_add_workshop (fixture->store, "Valmennuspaja Askel");
  gint64 task = add_task (fixture->store, workshop_id, "Kahvilan asiakaspalvelu", NULL, "1 viikko");
  gint64 peruste_id = ws_peruste_id_of (fixture->store, TUVA_DIAARI);
  guint n_pages;

  if (!polku_test_have_poppler ())
    return;

  map (fixture->store, task, ws_query_id (fixture->store,
                                          "SELECT r.requirement_id FROM requirement r JOIN unit u USING (unit_id) "
                                          "WHERE u.peruste_id = %" G_GINT64_FORMAT " ORDER BY u.ord, r.ord LIMIT 1",
                                          peruste_id));
  report = polku_environment_report_new (fixture->store, workshop_id, peruste_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report->koulutustyyppi, ==, "koulutustyyppi_40");
  g_assert_true (polku_environment_report_is_training (report));

  for (guint i = 0; i < 2; i++)
    {
      const char *language = i == 0 ? "fi" : "sv";

      g_clear_pointer (&doc, polku_print_document_unref);
      g_clear_pointer (&text, g_free);
      doc = build_document (report, language);
      text = export_and_read (fixture, doc, i == 0 ? "environment-report-tuva-fi.pdf" : "environment-report-tuva-sv.pdf",
                              &n_pages);
      g_assert_nonnull (strstr (text, "Valmennuspaja Askel"));
      g_assert_nonnull (strstr (text, polku_print_gettext (language, "Training parts learnable here")));
      g_assert_nonnull (strstr (text, polku_print_gettext (language, "Objectives learnable here")));
      g_assert_nonnull (strstr (text, polku_print_gettext (language, "Training data: Opetushallitus, ePerusteet")));
      g_assert_null (strstr (text, polku_print_gettext (language, "Units of the qualification learnable here")));
      g_assert_null (strstr (text, polku_print_gettext (language, "Requirements learnable here")));
      g_assert_null (strstr (text, polku_print_gettext (language, "Qualification data: Opetushallitus, ePerusteet")));
      g_assert_null (strstr (text, polku_print_gettext (language, "Vocational skill requirement")));
    }

  /* The summary as text (the view's copy) keeps its own wording. */
  flat = polku_environment_report_to_text (report, "fi");
  g_assert_nonnull (strstr (flat, "Objectives covered: 1 of "));
  g_assert_nonnull (strstr (flat, "objectives covered)"));
  g_assert_null (strstr (flat, "requirements covered"));
}

/* A qualification of the 2022 shape, with kohdealueet, and real texts that
 * ePerusteet has in one language only. */
static void
test_other_qualification (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuPrintDocument) fi_doc = NULL;
  g_autoptr(PolkuPrintDocument) sv_doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fi_text = NULL;
  g_autofree char *sv_text = NULL;
  g_autofree char *line = NULL;
  g_autofree char *note = NULL;
  gint64 workshop_id = ws_add_workshop (fixture->store, "Autopaja Kiito");
  gint64 service = add_task (fixture->store, workshop_id, "Määräaikaishuolto", NULL, "1 päivä");
  gint64 tyres = add_task (fixture->store, workshop_id, "Renkaanvaihto", NULL, "2 tuntia");
  gint64 brakes = add_task (fixture->store, workshop_id, "Jarrujen huolto", NULL, "1 päivä");
  gint64 cleaning = add_task (fixture->store, workshop_id, "Korjaamon siivous ja jätehuolto", NULL, NULL);
  gint64 customers = add_task (fixture->store, workshop_id, "Ruotsinkielinen asiakaspalvelu", NULL, NULL);
  guint n_pages;

  if (!polku_test_have_poppler ())
    return;

  map (fixture->store, service, requirement_by_text (fixture->store, AJONEUVO_DIAARI, "106945", "noudattaa työaikoja"));
  map (fixture->store, service, requirement_by_text (fixture->store, AJONEUVO_DIAARI, "106945",
                                                     "tekee ajoneuvon käyttöön liittyvät tarkastukset"));
  map (fixture->store, brakes, requirement_by_text (fixture->store, AJONEUVO_DIAARI, "106945", "vaihtaa jarrujen kulutusosat"));
  map (fixture->store, tyres, requirement_by_text (fixture->store, AJONEUVO_DIAARI, "106945", "tekee renkaanvaihtotyön"));
  map (fixture->store, cleaning, requirement_by_text (fixture->store, AJONEUVO_DIAARI, "106945", "lajittelee syntyneet jätteet"));
  /* An objective that ePerusteet has in English in the Finnish field only. */
  map (fixture->store, customers, requirement_by_text (fixture->store, AJONEUVO_DIAARI, "106727", "manages routine interactive"));

  report = polku_environment_report_new (fixture->store, workshop_id, ws_peruste_id_of (fixture->store, AJONEUVO_DIAARI),
                                         &error);
  g_assert_no_error (error);

  fi_doc = build_document (report, "fi");
  fi_text = export_and_read (fixture, fi_doc, "environment-report-ajoneuvo-fi.pdf", &n_pages);
  g_assert_nonnull (strstr (fi_text, "Autopaja Kiito – Ajoneuvoalan perustutkinto"));
  g_assert_nonnull (strstr (fi_text, "106945 Ajoneuvon huoltotyöt"));
  g_assert_nonnull (strstr (fi_text, "Opiskelija tekee ajoneuvon huoltotöitä"));
  line = line_with (fi_text, "vaihtaa jarrujen kulutusosat");
  g_assert_nonnull (strstr (line, "Jarrujen huolto"));
  g_clear_pointer (&line, g_free);
  /* The Finnish speakers' second national language exists in Swedish only. */
  note = g_strdup_printf (polku_print_gettext ("fi", "%s Not available in Finnish in ePerusteet; shown in Swedish."), "*");
  g_assert_nonnull (strstr (fi_text, note));
  g_clear_pointer (&note, g_free);
  g_assert_nonnull (strstr (fi_text, "finska *"));
  /* Whole osa-alueet with nothing learnable here are named, not listed. */
  g_assert_nonnull (strstr (fi_text, polku_print_gettext ("fi", "Areas of the unit with no objective learnable here:")));
  g_assert_cmpuint (n_pages, <=, 12);

  sv_doc = build_document (report, "sv");
  sv_text = export_and_read (fixture, sv_doc, "environment-report-ajoneuvo-sv.pdf", &n_pages);
  g_assert_nonnull (strstr (sv_text, "Autopaja Kiito – Grundexamen inom fordonsbranschen"));
  g_assert_nonnull (strstr (sv_text, "106945 Fordonsservice"));
  g_assert_nonnull (strstr (sv_text, "Den studerande utför service av fordon"));
  line = line_with (sv_text, "byter bromsarnas slitdelar");
  g_assert_nonnull (strstr (line, "Jarrujen huolto"));
  g_assert_nonnull (strstr (sv_text, "manages routine interactive situations"));
  note = g_strdup_printf (polku_print_gettext ("sv", "%s Not available in Swedish in ePerusteet; shown in Finnish."), "*");
  g_assert_nonnull (strstr (sv_text, note));

  /* Five task columns and long requirements: the matrix still fits. */
  assert_words_inside (fixture, sv_doc);
}

/* Many tasks, very long words: the matrix shrinks to the page and nothing
 * leaves it. */
static void
test_many_tasks (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuPrintDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 workshop_id = ws_add_workshop (fixture->store,
                                        "Kaupunkiympäristöpuusepänverstastyöpaja Lastulaakso ja sen yhteinen oppimisympäristö");
  const char * const codes[] = { "ammattitaitovaatimukset_613", "ammattitaitovaatimukset_614", "ammattitaitovaatimukset_615",
                                 "ammattitaitovaatimukset_616", "ammattitaitovaatimukset_617" };
  guint n_pages;

  if (!polku_test_have_poppler ())
    return;

  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *title = g_strdup_printf (i % 3 == 0 ? "Puusepänteollisuuskoneistusharjoitustyökokonaisuus %u"
                                                           : "Tehtävä %u", i + 1);
      gint64 task = add_task (fixture->store, workshop_id, title,
                              "Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilaslentokonesuihkuturbiini",
                              "Kuukausikaupalla");

      map (fixture->store, task, ws_requirement_id_of (fixture->store, DIAARI, codes[i % G_N_ELEMENTS (codes)]));
    }

  report = polku_environment_report_new (fixture->store, workshop_id, ws_peruste_id_of (fixture->store, DIAARI), &error);
  g_assert_no_error (error);
  doc = build_document (report, "fi");
  text = export_and_read (fixture, doc, "environment-report-many.pdf", &n_pages);
  g_assert_nonnull (strstr (text, "Tehtävä 24"));
  assert_words_inside (fixture, doc);
}

/* The command line */

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

static void
cli_result_clear (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliResult, cli_result_clear)

static char *
read_fd_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Runs the export in this process with stdout and stderr caught in files. */
static void
run_cli (Fixture    *fixture,
         CliResult  *result,
         const char *database,
         const char *kind,
         gint64      workshop_id,
         gint64      peruste_id,
         const char *output,
         const char *language)
{
  g_autofree char *out_path = g_build_filename (fixture->dir, "cli.out", NULL);
  g_autofree char *err_path = g_build_filename (fixture->dir, "cli.err", NULL);
  int out_fd = g_open (out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int err_fd = g_open (err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int saved_out = dup (STDOUT_FILENO);
  int saved_err = dup (STDERR_FILENO);

  g_assert_cmpint (out_fd, >=, 0);
  g_assert_cmpint (err_fd, >=, 0);
  fflush (stdout);
  fflush (stderr);
  dup2 (out_fd, STDOUT_FILENO);
  dup2 (err_fd, STDERR_FILENO);

  result->status = polku_command_line_export_pdf (database, kind, 0, workshop_id, peruste_id, 0, output, language);

  fflush (stdout);
  fflush (stderr);
  dup2 (saved_out, STDOUT_FILENO);
  dup2 (saved_err, STDERR_FILENO);
  close (saved_out);
  close (saved_err);
  close (out_fd);
  close (err_fd);

  result->out = read_fd_file (out_path);
  result->err = read_fd_file (err_path);
}

#define ASSERT_CLI(fixture, expected, err_part, ...)                     \
  G_STMT_START {                                                         \
    g_auto(CliResult) r_ = { 0 };                                        \
    run_cli ((fixture), &r_, __VA_ARGS__);                               \
    if (r_.status != (expected) || strstr (r_.err, (err_part)) == NULL)  \
      g_error ("exit %d, stderr “%s”; wanted %d and “%s”",               \
               r_.status, r_.err, (expected), (err_part));               \
  } G_STMT_END

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->dir, "polku.db", NULL);
  g_autofree char *output = g_build_filename (fixture->dir, "cli.pdf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "nothing-here.db", NULL);
  g_autofree char *unwritable = g_build_filename (fixture->dir, "no-such-dir", "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(CliResult) ok = { 0 };
  g_autoptr(GSettingsSchema) schema = NULL;
  gint64 empty_workshop;
  Demo demo;

  if (!polku_test_have_poppler ())
    return;

  build_demo (fixture->store, &demo);
  empty_workshop = ws_add_workshop (fixture->store, "Autopaja");

  /* Usage: exit 2. */
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "environment-report", database, NULL, demo.workshop_id, 0, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "--learner ID", database, "plan", 0, 0, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "--learner ID", database, "certificate", 0, 0, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "--learner ID", database, "review-sheet", 0, 0, output, "sv");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "Unknown document kind “poster”", database, "poster", 0, 0, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "--output FILE", database, "environment-report", demo.workshop_id, 0, NULL, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "“en”", database, "environment-report", demo.workshop_id, 0, output, "en");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "--workshop ID", database, "environment-report", 0, 0, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, WORKSHOP_NAME, database, "environment-report", 0, 0, output, "fi");

  /* Failures: exit 1, and no database is created on the way. */
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_FAILED, "There is no Polku database", missing, "environment-report",
              demo.workshop_id, 0, output, "fi");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_FAILED, "There is no workshop 9999.", database, "environment-report",
              9999, 0, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_FAILED, "There is no qualification 9999", database, "environment-report",
              demo.workshop_id, 9999, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_FAILED, "not mapped to any qualification", database, "environment-report",
              empty_workshop, 0, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_FAILED, "Could not save", database, "environment-report",
              demo.workshop_id, 0, unwritable, "fi");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  /* Success: the file, one line on stdout, nothing on stderr. */
  run_cli (fixture, &ok, database, "environment-report", demo.workshop_id, 0, output, "sv");
  g_assert_cmpint (ok.status, ==, POLKU_EXPORT_EXIT_OK);
  g_assert_cmpstr (ok.err, ==, "");
  g_assert_nonnull (strstr (ok.out, "Grundexamen inom träindustrin (" DIAARI ")"));
  g_assert_cmpuint (polku_test_pdf_pages (output), >=, 4);
  text = polku_test_pdf_text (output, 0);
  g_assert_nonnull (strstr (text, "Rapport om lärmiljön"));
  g_assert_nonnull (strstr (text, WORKSHOP_NAME));
  maybe_keep (output, "cli.pdf");

  /* An empty workshop with the qualification given: a document all the same. */
  {
    g_auto(CliResult) given = { 0 };

    run_cli (fixture, &given, database, "environment-report", empty_workshop, demo.peruste_id, output, "fi");
    g_assert_cmpint (given.status, ==, POLKU_EXPORT_EXIT_OK);
  }

  /* The language from Preferences when none is given. */
  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APPLICATION_ID, TRUE);
  if (schema != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
      g_autofree char *sv_text = NULL;
      g_auto(CliResult) by_default = { 0 };

      g_settings_set_string (settings, "document-language", "sv");
      run_cli (fixture, &by_default, database, "environment-report", demo.workshop_id, 0, output, NULL);
      g_assert_cmpint (by_default.status, ==, POLKU_EXPORT_EXIT_OK);
      sv_text = polku_test_pdf_text (output, 0);
      g_assert_nonnull (strstr (sv_text, "Rapport om lärmiljön"));
      g_settings_reset (settings, "document-language");
    }
}

/* Which qualification the report is for when --peruste is not given. */
static void
test_cli_choose_peruste (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->dir, "polku.db", NULL);
  g_autofree char *output = g_build_filename (fixture->dir, "choose.pdf", NULL);
  g_autoptr(PolkuImportSummary) summary = ws_import (fixture->store, PUUTARHA);
  g_autoptr(GError) error = NULL;
  PolkuRecognitionRecord recognition = { .recognised_on = (char *) "2025-01-10" };
  gint64 garden_id = ws_peruste_id_of (fixture->store, "OPH-901-2020");
  gint64 garden_requirement = ws_query_id (fixture->store,
                                           "SELECT r.requirement_id FROM requirement r JOIN unit u USING (unit_id) "
                                           "WHERE u.peruste_id = %" G_GINT64_FORMAT " ORDER BY r.requirement_id LIMIT 1",
                                           garden_id);
  Demo demo;

  build_demo (fixture->store, &demo);
  map (fixture->store, demo.table_task, garden_requirement);

  /* Both recognised: the caller must choose. */
  recognition.workshop_id = demo.workshop_id;
  recognition.peruste_id = garden_id;
  g_assert_true (polku_store_set_recognition (fixture->store, &recognition, &error));
  g_assert_no_error (error);
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "--peruste ID", database, "environment-report", demo.workshop_id,
              0, output, "fi");
  ASSERT_CLI (fixture, POLKU_EXPORT_EXIT_USAGE, "OPH-901-2020", database, "environment-report", demo.workshop_id,
              0, output, "fi");

  {
    g_auto(CliResult) chosen = { 0 };

    run_cli (fixture, &chosen, database, "environment-report", demo.workshop_id, garden_id, output, "fi");
    g_assert_cmpint (chosen.status, ==, POLKU_EXPORT_EXIT_OK);
    g_assert_nonnull (strstr (chosen.out, "(OPH-901-2020)"));
  }

  /* Only the garden one recognised: that one, though fewer requirements are mapped. */
  g_assert_true (polku_store_delete_recognition (fixture->store, demo.workshop_id, demo.peruste_id, &error));
  g_assert_no_error (error);
  {
    g_auto(CliResult) recognised = { 0 };

    run_cli (fixture, &recognised, database, "environment-report", demo.workshop_id, 0, output, "fi");
    g_assert_cmpint (recognised.status, ==, POLKU_EXPORT_EXIT_OK);
    g_assert_nonnull (strstr (recognised.out, "(OPH-901-2020)"));
  }

  /* None recognised: the one with the most requirements covered. */
  g_assert_true (polku_store_delete_recognition (fixture->store, demo.workshop_id, garden_id, &error));
  g_assert_no_error (error);
  {
    g_auto(CliResult) most = { 0 };

    run_cli (fixture, &most, database, "environment-report", demo.workshop_id, 0, output, "fi");
    g_assert_cmpint (most.status, ==, POLKU_EXPORT_EXIT_OK);
    g_assert_nonnull (strstr (most.out, "Puuteollisuuden perustutkinto (" DIAARI ")"));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, PUUTEOLLISUUS, ws_fixture_setup_catalogue, func, ws_fixture_teardown)
  ADD ("/environment-report/finnish", test_finnish);
  ADD ("/environment-report/swedish", test_swedish);
  ADD ("/environment-report/bad-language", test_bad_language);
  ADD ("/environment-report/empty-workshop", test_empty_workshop);
  ADD ("/environment-report/many-tasks", test_many_tasks);
  g_test_add ("/environment-report/other-qualification", Fixture, AJONEUVO, ws_fixture_setup_catalogue,
              test_other_qualification, ws_fixture_teardown);
  g_test_add ("/environment-report/training", Fixture, TUVA, ws_fixture_setup_catalogue, test_training,
              ws_fixture_teardown);
  ADD ("/environment-report/cli", test_cli);
  ADD ("/environment-report/cli-choose-peruste", test_cli_choose_peruste);
#undef ADD

  status = g_test_run ();
  ws_remove_templates ();
  return status;
}
