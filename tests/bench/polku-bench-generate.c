/* polku-bench-generate.c: builds a large, realistic and wholly fictional
 * database for the benchmarks, through Polku's own importer and store calls
 * (no SQL of its own), so that every row is one the application could write.
 *
 * At --scale 1.0: the perusteet of the shared data plus perusteet derived
 * from them (new diaarinumero, ids and unit codes, another name) up to 40
 * qualifications; one organisation running the workshops of three member
 * organisations with 1,000 tasks mapped to requirements; 5,000 learners with
 * periods, plans, 500,000 competence records, 20,000 demonstrations and the
 * education providers' review decisions. Edits are batched into one
 * transaction per block of learners (the store nests them as savepoints).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "polku-bench-common.h"
#include "polku-eperusteet.h"
#include "polku-store-catalogue-read.h"
#include "polku-store-catalogue-units.h"
#include "polku-store-learners.h"
#include "polku-store-workshop.h"

#define N_QUALIFICATIONS   40
#define N_TASKS            1000
#define N_LEARNERS         5000
#define N_COMPETENCES      500000
#define N_DEMONSTRATIONS   20000
#define N_DECISIONS        40000
#define N_SITES            3
#define WORKSHOPS_PER_SITE 4
#define TRACKS_PER_WORKSHOP 3
#define MAX_TRACK_UNITS    30
#define LEARNERS_PER_TRANSACTION 50

/* Word lists: common Finnish names, combined at random; nobody real is meant. */
static const char * const female_names[] = {
  "Aino", "Venla", "Iida", "Emma", "Aada", "Helmi", "Lilja", "Sofia", "Ella", "Pihla", "Kerttu", "Siiri",
  "Enni", "Minea", "Vilma", "Jenna", "Noora", "Ronja", "Neea", "Peppi", "Milla", "Iina", "Saana", "Hilla",
  "Nelli", "Maria", "Elina", "Kristiina", "Aurora", "Anni",
};
static const char * const male_names[] = {
  "Eetu", "Onni", "Leevi", "Elias", "Veeti", "Niilo", "Eino", "Väinö", "Toivo", "Oliver", "Leo", "Aatu",
  "Joona", "Rasmus", "Lauri", "Santeri", "Aleksi", "Joel", "Miro", "Valtteri", "Otto", "Konsta", "Topias",
  "Eemil", "Severi", "Johannes", "Mikael", "Juhani", "Olavi", "Tapani",
};
static const char * const last_names[] = {
  "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
  "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
  "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen",
  "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Kallio", "Hiltunen", "Kettunen", "Miettinen",
  "Väisänen", "Pitkänen", "Leinonen", "Aaltonen", "Hirvonen", "Lindholm", "Rautio", "Kärkkäinen",
  "Peltola", "Honkanen", "Toivonen", "Pulkkinen", "Huttunen", "Ojala", "Lappalainen", "Räsänen",
};
static const char * const coach_names[] = {
  "Paula Valmentaja", "Aki Ohjaaja", "Sari Pajamestari", "Timo Työvalmentaja", "Riikka Rinne",
  "Jari Jokela", "Marja Metsola", "Kimmo Kotila", "Hanna Harju", "Pekka Peltonen", "Tiina Taipale",
  "Juha Jylhä",
};
static const char * const teacher_names[] = {
  "Olli Opettaja", "Maija Mentor", "Kari Kouluttaja", "Anne Arvioija", "Mikko Myllymäki", "Leena Lampi",
};

typedef struct
{
  const char *fi, *sv;
} Pair;

/* Names for the derived qualifications (content copied from a real one). */
static const Pair derived_fields[] = {
  { "Kalustealan", "inom möbelbranschen" }, { "Venealan", "inom båtbranschen" },
  { "Metsäkoneiden", "inom skogsmaskiner" }, { "Kiinteistöhuollon", "inom fastighetsskötsel" },
  { "Talotekniikan", "inom husteknik" }, { "Pintakäsittelyalan", "inom ytbehandling" },
  { "Logistiikan", "inom logistik" }, { "Elintarvikealan", "inom livsmedelsbranschen" },
  { "Matkailualan", "inom turism" }, { "Kuljetusalan", "inom transportbranschen" },
  { "Tekstiilialan", "inom textilbranschen" }, { "Media-alan", "inom mediebranschen" },
  { "Kaupan alan", "inom handel" }, { "Turvallisuusalan", "inom säkerhetsbranschen" },
  { "Sähköalan", "inom elbranschen" }, { "Laboratorioalan", "inom laboratoriebranschen" },
  { "Prosessiteollisuuden", "inom processindustrin" }, { "Merenkulkualan", "inom sjöfart" },
  { "Välinehuoltoalan", "inom instrumentvård" }, { "Hevostalouden", "inom hästhushållning" },
  { "Maatalousalan", "inom lantbruksbranschen" }, { "Rakennusalan", "inom byggbranschen" },
  { "Kone- ja tuotantotekniikan", "inom maskin- och produktionsteknik" },
  { "Puhtausalan", "inom rengöringsbranschen" }, { "Ravintola-alan", "inom restaurangbranschen" },
  { "Lentokonealan", "inom flygplansteknik" }, { "Kivialan", "inom stenbranschen" },
  { "Verhoilualan", "inom tapetsering" }, { "Lasialan", "inom glasbranschen" },
  { "Kelloseppäalan", "inom urmakeri" }, { "Sisustusalan", "inom inredning" },
  { "Veneenrakennuksen", "inom båtbygge" },
};

static const Pair sites[N_SITES] = {
  { "Järvikylän Työpajat", "Järvikylä" },
  { "Harjulan Nuorisopaja", "Harjula" },
  { "Koskenrannan Verstas", "Koskenranta" },
};

static const char * const workshop_kinds[] = {
  "Puupaja", "Autopaja", "Kiinteistöpaja", "Puutarhapaja", "Kahvila", "Kierrätyspaja", "Metallipaja",
  "Tekstiilipaja", "Mediapaja", "Toimistopaja", "Logistiikkapaja", "Rakennuspaja",
};
static const char * const task_titles[] = {
  "Saunanlauteiden kokoaminen", "Pihakalusteen valmistus", "Renkaiden vaihto ja säilytys", "Öljynvaihto ja määräaikaishuolto",
  "Jarrujen tarkastus", "Lumityöt ja hiekoitus", "Istutukset ja kastelu", "Nurmikon hoito", "Lounaan valmistus",
  "Kassapalvelu", "Lahjoitustavaroiden lajittelu", "Hyllyjen kokoaminen", "Tavaran vastaanotto ja varastointi",
  "Tilausten keräily", "Kuljetusten suunnittelu", "Asiakkaan vastaanotto", "Koneiden turvallisuustarkastus",
  "Pintakäsittely ja viimeistely", "Sahaus ja höyläys koneilla", "Jätteiden lajittelu ja siivous",
  "Tuotekorttien laatiminen", "Valokuvaus ja kuvankäsittely", "Verkkosivun päivitys", "Laskutus ja kirjanpito",
  "Ovien ja ikkunoiden huolto", "Kaiteiden hitsaus", "Verhoilu", "Ompelu ja korjausompelu", "Kiinteistön kierros",
  "Pienkoneiden huolto",
};
static const char * const goal_texts[] = {
  "Haluan päästä opiskelemaan ammattiin ensi syksynä.",
  "Haluan kokeilla eri töitä ja löytää oman alan.",
  "Haluan saada todistuksen osaamisestani työnhakua varten.",
  "Haluan oppia tekemään töitä itsenäisesti ja turvallisesti.",
  "Haluan suorittaa tutkinnon osan työpajalla.",
  "Haluan saada arjen rytmin kuntoon ja jatkaa opintoja.",
};
static const char * const observations[] = {
  "Työskentelee itsenäisesti ja turvallisesti; kysyy tarvittaessa.",
  "Noudattaa työohjeita ja pitää työpisteen siistinä.",
  "Osaa suunnitella työnsä ja arvioida omaa onnistumistaan.",
  "Toimii asiakkaan kanssa kohteliaasti ja selkeästi.",
  "Käyttää koneita ohjeen mukaan; tarvitsee vielä tukea mittaamisessa.",
};
static const char * const own_views[] = {
  "Osaan tämän, kun työohje on saatavilla.",
  "Tämä sujuu jo hyvin.",
  "Tarvitsen vielä harjoitusta.",
  "Tein tätä monta kertaa asiakastöissä.",
};

typedef struct
{
  gint64  unit_id;
  int     level_id;        /* the middle of the scale */
  GArray *requirement_ids; /* gint64 */
} TrackUnit;

typedef struct
{
  gint64     peruste_id;
  char      *suoritustapa;
  GPtrArray *units;        /* TrackUnit */
} Track;

typedef struct
{
  gint64   workshop_id;
  guint    site;
  guint    n_tracks;
  Track   *tracks[TRACKS_PER_WORKSHOP];
  GHashTable *unit_tasks;  /* unit_id → GArray of task ids (owned) */
} Workshop;

typedef struct
{
  PolkuStore *store;
  GRand      *rand;
  double      scale;
  gboolean    verbose;
  GPtrArray  *tracks;      /* Track */
  GPtrArray  *workshops;   /* Workshop */
  gint64      provider_ids[N_SITES];
  gint64      agreement_ids[N_SITES];
  guint64     n_competences;
  guint64     n_demonstrations;
  guint64     n_decisions;
  guint       target_competences;
  guint       target_demonstrations;
  guint       target_decisions;
} Generator;

static const char *
pick (Generator          *gen,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (gen->rand, 0, (gint32) n)];
}

#define PICK(gen, list) pick ((gen), (list), G_N_ELEMENTS (list))

static char *
day (int offset)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, offset);

  return g_date_time_format (then, "%Y-%m-%d");
}

static guint
scaled (Generator *gen,
        guint      n,
        guint      minimum)
{
  return MAX (minimum, (guint) (n * gen->scale + 0.5));
}

/* Perusteet */

static gint64
derived_id (gint64 id,
            guint  k)
{
  return id + (gint64) (k + 1) * 100000000;
}

/* Unit codes: tutkinnonosat_105444 → tutkinnonosat_<k+1>105444 and the same
 * for the bare value. */
static char *
derived_code (const char *digits,
              guint       k)
{
  return g_strdup_printf ("%u%s", k + 1, digits);
}

static gboolean
all_digits (const char *s)
{
  if (s == NULL || *s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

static void collect_codes (JsonNode *node, GHashTable *codes);

static void
collect_codes (JsonNode   *node,
               GHashTable *codes)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;
      const char *name;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        collect_codes (member, codes);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_codes (json_array_get_element (array, i), codes);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);

      if (g_str_has_prefix (s, "tutkinnonosat_") && all_digits (s + strlen ("tutkinnonosat_")))
        g_hash_table_add (codes, g_strdup (s + strlen ("tutkinnonosat_")));
    }
}

/* New ids (every "id", "…Id" and "_…" reference) and new unit codes. */
static void
rewrite (JsonNode   *node,
         GHashTable *codes,
         guint       k)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l != NULL; l = l->next)
        {
          const char *name = l->data;
          JsonNode *member = json_object_get_member (object, name);

          if (JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_INT64 &&
              (g_str_equal (name, "id") || g_str_has_suffix (name, "Id")))
            json_object_set_int_member (object, name, derived_id (json_node_get_int (member), k));
          else if (JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING)
            {
              const char *s = json_node_get_string (member);

              if (name[0] == '_' && all_digits (s))
                {
                  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                         derived_id (g_ascii_strtoll (s, NULL, 10), k));
                  json_object_set_string_member (object, name, id);
                }
              else if (g_str_has_prefix (s, "tutkinnonosat_") &&
                       g_hash_table_contains (codes, s + strlen ("tutkinnonosat_")))
                {
                  g_autofree char *code = derived_code (s + strlen ("tutkinnonosat_"), k);
                  g_autofree char *uri = g_strconcat ("tutkinnonosat_", code, NULL);
                  json_object_set_string_member (object, name, uri);
                }
              else if (g_hash_table_contains (codes, s) && name[0] != '_')
                {
                  g_autofree char *code = derived_code (s, k);
                  json_object_set_string_member (object, name, code);
                }
            }
          else
            rewrite (member, codes, k);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
              g_str_has_prefix (json_node_get_string (element), "tutkinnonosat_"))
            {
              const char *s = json_node_get_string (element) + strlen ("tutkinnonosat_");

              if (g_hash_table_contains (codes, s))
                {
                  g_autofree char *code = derived_code (s, k);
                  g_autofree char *uri = g_strconcat ("tutkinnonosat_", code, NULL);
                  json_node_set_string (element, uri);
                }
            }
          else
            rewrite (element, codes, k);
        }
    }
}

static GBytes *
derive_peruste (GBytes  *source,
                guint    k,
                GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  const Pair *field = &derived_fields[k % G_N_ELEMENTS (derived_fields)];
  g_autofree char *diaarinumero = NULL;
  g_autofree char *name_fi = NULL;
  g_autofree char *name_sv = NULL;
  JsonObject *root, *nimi;
  const char *kind_fi = "perustutkinto", *kind_sv = "Grundexamen";
  gsize length;
  char *data;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (source, NULL), g_bytes_get_size (source), error))
    return NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  collect_codes (json_parser_get_root (parser), codes);
  rewrite (json_parser_get_root (parser), codes, k);

  if (k >= G_N_ELEMENTS (derived_fields))
    {
      kind_fi = "ammattitutkinto";
      kind_sv = "Yrkesexamen";
    }
  diaarinumero = g_strdup_printf ("OPH-%u-2024", 9001 + k);
  name_fi = g_strdup_printf ("%s %s", field->fi, kind_fi);
  name_sv = g_strdup_printf ("%s %s", kind_sv, field->sv);
  json_object_set_string_member (root, "diaarinumero", diaarinumero);
  nimi = json_object_get_object_member (root, "nimi");
  if (nimi != NULL)
    {
      json_object_set_string_member (nimi, "fi", name_fi);
      json_object_set_string_member (nimi, "sv", name_sv);
      if (json_object_has_member (nimi, "en"))
        json_object_remove_member (nimi, "en");
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

static gboolean
import_perusteet (Generator  *gen,
                  guint      *out_n,
                  GError    **error)
{
  g_autofree char *dir = polku_bench_eperusteet_dir ();
  g_autoptr(GPtrArray) paths = polku_bench_list_json (dir);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  guint n_target = scaled (gen, N_QUALIFICATIONS, paths->len + 1);
  guint n = 0;

  if (paths->len == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "No ePerusteet documents in %s", dir);
      return FALSE;
    }

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(PolkuImportSummary) summary = NULL;
      char *contents;
      gsize length;
      GBytes *bytes;

      if (!g_file_get_contents (path, &contents, &length, error))
        return FALSE;
      bytes = g_bytes_new_take (contents, length);
      summary = polku_eperusteet_import_bytes (gen->store, bytes, path, error);
      if (summary == NULL)
        {
          g_bytes_unref (bytes);
          return FALSE;
        }
      n++;
      /* Derive from the qualifications only (not TUVA, TELMA or the common units). */
      if (strstr (path, "perustutkinto_") != NULL)
        g_ptr_array_add (sources, bytes);
      else
        g_bytes_unref (bytes);
    }

  for (guint k = 0; n < n_target && sources->len > 0; k++, n++)
    {
      g_autoptr(GBytes) derived = derive_peruste (g_ptr_array_index (sources, k % sources->len), k, error);
      g_autoptr(PolkuImportSummary) summary = NULL;
      g_autofree char *name = g_strdup_printf ("derived-%u.json", k);

      if (derived == NULL ||
          (summary = polku_eperusteet_import_bytes (gen->store, derived, name, error)) == NULL)
        return FALSE;
    }

  *out_n = n;
  return TRUE;
}

/* Tracks: the units a workshop can teach in each vocational qualification. */

static void
track_unit_free (TrackUnit *unit)
{
  g_array_unref (unit->requirement_ids);
  g_free (unit);
}

static void
track_free (Track *track)
{
  g_free (track->suoritustapa);
  g_ptr_array_unref (track->units);
  g_free (track);
}

static gboolean
is_vocational (const PolkuPerusteRecord *peruste)
{
  static const char * const types[] = {
    "koulutustyyppi_1", "koulutustyyppi_11", "koulutustyyppi_12", NULL
  };

  return g_strv_contains (types, peruste->koulutustyyppi) &&
         g_strcmp0 (peruste->tyyppi, "amosaayhteinen") != 0 && peruste->n_units > 0;
}

static gboolean
build_track (Generator  *gen,
             gint64      peruste_id,
             Track     **out_track,
             GError    **error)
{
  g_autoptr(GPtrArray) ways = NULL;
  g_autoptr(GPtrArray) structure = NULL;
  Track *track;

  *out_track = NULL;
  if ((ways = polku_store_list_suoritustavat (gen->store, peruste_id, error)) == NULL)
    return FALSE;
  if (ways->len == 0)
    return TRUE;

  track = g_new0 (Track, 1);
  track->peruste_id = peruste_id;
  track->units = g_ptr_array_new_with_free_func ((GDestroyNotify) track_unit_free);
  for (guint i = 0; i < ways->len && track->suoritustapa == NULL; i++)
    if (g_strcmp0 (((PolkuSuoritustapaRecord *) g_ptr_array_index (ways, i))->koodi, "reformi") == 0)
      track->suoritustapa = g_strdup ("reformi");
  if (track->suoritustapa == NULL)
    track->suoritustapa = g_strdup (((PolkuSuoritustapaRecord *) g_ptr_array_index (ways, 0))->koodi);

  if ((structure = polku_store_list_structure (gen->store, peruste_id, track->suoritustapa, error)) == NULL)
    {
      track_free (track);
      return FALSE;
    }

  for (guint i = 0; i < structure->len && track->units->len < MAX_TRACK_UNITS; i++)
    {
      const PolkuStructureNodeRecord *node = g_ptr_array_index (structure, i);
      g_autoptr(PolkuUnitRecord) unit = NULL;
      g_autoptr(GPtrArray) requirements = NULL;
      g_autoptr(GPtrArray) levels = NULL;
      TrackUnit *tu;
      gboolean seen = FALSE;

      if (!node->is_unit || node->unit_id == 0 || node->retired)
        continue;
      for (guint j = 0; j < track->units->len && !seen; j++)
        seen = ((TrackUnit *) g_ptr_array_index (track->units, j))->unit_id == node->unit_id;
      if (seen)
        continue;
      if ((unit = polku_store_catalogue_get_unit (gen->store, node->unit_id, error)) == NULL ||
          (requirements = polku_store_catalogue_list_requirements (gen->store, node->unit_id, error)) == NULL)
        {
          track_free (track);
          return FALSE;
        }
      if (unit->n_osa_alueet != 0 || unit->scale_id == 0 || g_strcmp0 (unit->kind, "tutkinnon_osa") != 0 ||
          requirements->len < 3)
        continue;
      if ((levels = polku_store_catalogue_list_scale_levels (gen->store, unit->scale_id, error)) == NULL)
        {
          track_free (track);
          return FALSE;
        }

      tu = g_new0 (TrackUnit, 1);
      tu->unit_id = node->unit_id;
      if (levels->len > 0)
        tu->level_id = ((PolkuScaleLevelRecord *) g_ptr_array_index (levels, levels->len / 2))->level_id;
      tu->requirement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint r = 0; r < requirements->len; r++)
        g_array_append_val (tu->requirement_ids,
                            ((PolkuRequirementRecord *) g_ptr_array_index (requirements, r))->requirement_id);
      g_ptr_array_add (track->units, tu);
    }

  if (track->units->len < 2)
    {
      track_free (track);
      return TRUE;
    }

  *out_track = track;
  return TRUE;
}

static gboolean
build_tracks (Generator  *gen,
              GError    **error)
{
  g_autoptr(GPtrArray) perusteet = polku_store_list_perusteet (gen->store, error);

  if (perusteet == NULL)
    return FALSE;

  gen->tracks = g_ptr_array_new_with_free_func ((GDestroyNotify) track_free);
  for (guint i = 0; i < perusteet->len; i++)
    {
      PolkuPerusteRecord *peruste = g_ptr_array_index (perusteet, i);
      Track *track = NULL;

      if (!is_vocational (peruste))
        continue;
      if (!build_track (gen, peruste->peruste_id, &track, error))
        return FALSE;
      if (track != NULL)
        g_ptr_array_add (gen->tracks, track);
    }

  if (gen->tracks->len == 0)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, "No vocational qualification to build on");
      return FALSE;
    }
  return TRUE;
}

/* The organisation, its workshops, tasks and partners */

static void
workshop_free (Workshop *workshop)
{
  g_hash_table_unref (workshop->unit_tasks);
  g_free (workshop);
}

static gboolean
create_partners (Generator  *gen,
                 GError    **error)
{
  g_autofree char *from = day (-3 * 365);
  g_autofree char *to = day (2 * 365);

  for (guint s = 0; s < N_SITES; s++)
    {
      PolkuProviderRecord provider = { 0 };
      PolkuContactRecord contact = { 0 };
      PolkuAgreementRecord agreement = { 0 };
      g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_peruste_ref_record_free);
      g_autofree char *name = g_strdup_printf ("%s ammattiopisto (kuvitteellinen)", sites[s].sv);
      g_autofree char *title = g_strdup_printf ("Yhteistyösopimus: %s", sites[s].fi);

      provider.name = name;
      provider.notes = (char *) "Kuvitteellinen koulutuksen järjestäjä suorituskykytestejä varten.";
      if ((gen->provider_ids[s] = polku_store_add_provider (gen->store, &provider, error)) == 0)
        return FALSE;

      contact.provider_id = gen->provider_ids[s];
      contact.name = (char *) teacher_names[s];
      contact.title = (char *) "Ammatillinen opettaja";
      contact.email = (char *) "opettaja@example.invalid";
      if (polku_store_add_contact (gen->store, &contact, error) == 0)
        return FALSE;

      for (guint t = s; t < gen->tracks->len; t += N_SITES)
        {
          PolkuPerusteRefRecord *ref = g_new0 (PolkuPerusteRefRecord, 1);

          ref->peruste_id = ((Track *) g_ptr_array_index (gen->tracks, t))->peruste_id;
          g_ptr_array_add (refs, ref);
        }

      agreement.kind = POLKU_AGREEMENT_KIND_COOPERATION;
      agreement.provider_id = gen->provider_ids[s];
      agreement.title = title;
      agreement.signed_on = from;
      agreement.valid_from = from;
      agreement.valid_to = to;
      agreement.perusteet = refs;
      if ((gen->agreement_ids[s] = polku_store_add_agreement (gen->store, &agreement, error)) == 0)
        return FALSE;
    }

  return TRUE;
}

/* Each workshop starts its task titles elsewhere in the list. */
static guint
w_offset (guint i,
          guint n_workshops)
{
  return (i % n_workshops) * 7;
}

static gboolean
create_workshops (Generator  *gen,
                  GError    **error)
{
  PolkuOrganisationRecord organisation = {
    .name = (char *) "Kolmen kunnan työpajat ry (kuvitteellinen)",
    .business_id = (char *) "1234567-1",
    .address = (char *) "Pajakatu 1",
    .postal_code = (char *) "40100",
    .municipality = (char *) "Järvikylä",
  };
  PolkuRecognition who = { .recognised_by = "Paula Valmentaja", .teacher_name = "Olli Opettaja" };
  guint n_workshops = N_SITES * WORKSHOPS_PER_SITE;
  guint n_tasks = scaled (gen, N_TASKS, n_workshops);
  guint next_track = 0;
  g_autofree char *recognised_on = day (-400);

  if (!polku_store_update_organisation (gen->store, &organisation, error))
    return FALSE;

  gen->workshops = g_ptr_array_new_with_free_func ((GDestroyNotify) workshop_free);
  for (guint w = 0; w < n_workshops; w++)
    {
      PolkuWorkshopRecord record = { 0 };
      Workshop *workshop = g_new0 (Workshop, 1);
      guint site = w / WORKSHOPS_PER_SITE;
      g_autofree char *name = g_strdup_printf ("%s, %s", workshop_kinds[w % G_N_ELEMENTS (workshop_kinds)],
                                               sites[site].fi);

      workshop->site = site;
      workshop->unit_tasks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                    (GDestroyNotify) g_array_unref);
      g_ptr_array_add (gen->workshops, workshop);

      record.name = name;
      record.address = (char *) "Pajakatu 1";
      record.postal_code = (char *) "40100";
      record.municipality = (char *) sites[site].sv;
      record.description = (char *) "Työpaja, joka tekee tilaustöitä paikallisille asiakkaille ja yhdistyksen omiin tarpeisiin.";
      record.equipment = (char *) "Käsityökalut, koneet ja suojavarusteet";
      if ((workshop->workshop_id = polku_store_add_workshop (gen->store, &record, error)) == 0)
        return FALSE;

      workshop->n_tracks = MIN (TRACKS_PER_WORKSHOP, gen->tracks->len);
      for (guint t = 0; t < workshop->n_tracks; t++)
        {
          PolkuRecognitionRecord recognition = { 0 };

          workshop->tracks[t] = g_ptr_array_index (gen->tracks, next_track++ % gen->tracks->len);
          recognition.workshop_id = workshop->workshop_id;
          recognition.peruste_id = workshop->tracks[t]->peruste_id;
          recognition.recognised_on = recognised_on;
          recognition.recogniser_name = (char *) teacher_names[site];
          recognition.recogniser_organisation = (char *) "Ammattiopisto (kuvitteellinen)";
          if (!polku_store_set_recognition (gen->store, &recognition, error))
            return FALSE;
        }
    }

  /* Tasks, round robin over the workshops; each covers a stretch of one unit's
   * requirements, as a coach maps them. */
  for (guint i = 0; i < n_tasks; i++)
    {
      Workshop *workshop = g_ptr_array_index (gen->workshops, i % n_workshops);
      guint nth = i / n_workshops;
      Track *track = workshop->tracks[nth % workshop->n_tracks];
      TrackUnit *unit = g_ptr_array_index (track->units, (nth / workshop->n_tracks) % track->units->len);
      PolkuTaskRecord task = { 0 };
      guint n_titles = G_N_ELEMENTS (task_titles);
      g_autofree char *title = nth < n_titles
        ? g_strdup (task_titles[(nth + w_offset (i, n_workshops)) % n_titles])
        : g_strdup_printf ("%s %u", task_titles[(nth + w_offset (i, n_workshops)) % n_titles], nth / n_titles + 1);
      guint n_req = unit->requirement_ids->len;
      guint first = g_rand_int_range (gen->rand, 0, (gint32) n_req);
      guint n_map = MIN (n_req, (guint) g_rand_int_range (gen->rand, 3, 9));
      GArray *tasks;
      gint64 task_id;

      task.workshop_id = workshop->workshop_id;
      task.title = title;
      task.description = (char *) "Työ tehdään asiakkaan tilauksesta työohjeen mukaan; valmentaja näyttää ensin ja seuraa työn etenemistä.";
      task.duration = (char *) "1–3 päivää";
      task.tools = (char *) "Käsityökalut, suojavarusteet";
      task.safety = (char *) "Suojalasit ja kuulosuojaimet koneilla";
      task.active = TRUE;
      if ((task_id = polku_store_add_task (gen->store, &task, error)) == 0)
        return FALSE;

      for (guint m = 0; m < n_map; m++)
        if (!polku_store_map_requirement (gen->store, task_id,
                                          g_array_index (unit->requirement_ids, gint64, (first + m) % n_req),
                                          &who, error))
          return FALSE;

      tasks = g_hash_table_lookup (workshop->unit_tasks, &unit->unit_id);
      if (tasks == NULL)
        {
          tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (workshop->unit_tasks, g_memdup2 (&unit->unit_id, sizeof (gint64)), tasks);
        }
      g_array_append_val (tasks, task_id);
    }

  return TRUE;
}

/* Learners */

static gboolean
edit_unit_competences (Generator   *gen,
                       gint64       learner_id,
                       TrackUnit   *unit,
                       guint        n,
                       PolkuCompetenceStatus status,
                       GArray      *tasks,
                       int          shown_offset,
                       GError     **error)
{
  PolkuCompetenceEdit edit = { 0 };
  g_autofree char *shown_on = day (shown_offset);
  gint64 task_ids[2];
  guint n_tasks = 0;

  for (guint i = 0; tasks != NULL && i < tasks->len && i < 2; i++)
    task_ids[n_tasks++] = g_array_index (tasks, gint64, i);

  edit.fields = POLKU_COMPETENCE_FIELD_STATUS | POLKU_COMPETENCE_FIELD_OWN_VIEW;
  edit.status = status;
  edit.own_view = PICK (gen, own_views);
  if (n_tasks > 0)
    {
      edit.fields |= POLKU_COMPETENCE_FIELD_TASKS;
      edit.task_ids = task_ids;
      edit.n_task_ids = n_tasks;
    }
  if (polku_competence_status_counts_identified (status))
    {
      edit.fields |= POLKU_COMPETENCE_FIELD_LEVEL | POLKU_COMPETENCE_FIELD_OBSERVATION |
                     POLKU_COMPETENCE_FIELD_SHOWN_ON | POLKU_COMPETENCE_FIELD_EVIDENCE |
                     POLKU_COMPETENCE_FIELD_OBSERVED_BY;
      edit.level_id = unit->level_id;
      edit.observation = PICK (gen, observations);
      edit.shown_on = shown_on;
      edit.evidence = "Havainnoitu aidoissa asiakastöissä useamman viikon ajan.";
      edit.observed_by = PICK (gen, coach_names);
    }

  if (!polku_store_edit_competences (gen->store, learner_id, (const gint64 *) unit->requirement_ids->data,
                                     n, &edit, error))
    return FALSE;
  gen->n_competences += n;
  return TRUE;
}

static gboolean
add_demonstration (Generator  *gen,
                   gint64      learner_id,
                   Workshop   *workshop,
                   TrackUnit  *unit,
                   int         starts,
                   gboolean    completed,
                   GError    **error)
{
  static const char * const participants[] = {
    "ammatillisennaytonarviointikeskusteluunosallistuneet_1",
    "ammatillisennaytonarviointikeskusteluunosallistuneet_3",
    NULL
  };
  PolkuDemonstrationRecord record = { 0 };
  PolkuAssessorRecord working_life = { 0 };
  PolkuAssessorRecord teacher = { 0 };
  g_autofree char *starts_on = day (starts);
  g_autofree char *ends_on = day (starts + 2);
  gint64 id;

  record.learner_id = learner_id;
  record.state = completed ? POLKU_DEMONSTRATION_COMPLETED : POLKU_DEMONSTRATION_PLANNED;
  record.provider_id = gen->provider_ids[workshop->site];
  record.workshop_id = workshop->workshop_id;
  record.starts_on = starts_on;
  record.ends_on = ends_on;
  record.content = (char *) "Suunnittelee työn asiakkaan tilauksesta\nTekee työn turvallisesti pajan koneilla\nLuovuttaa valmiin työn asiakkaalle";
  record.place = (char *) "ammatillisennaytonsuorituspaikka_1";
  if (completed)
    record.assessment_discussion_on = ends_on;

  if ((id = polku_store_add_demonstration (gen->store, &record, error)) == 0)
    return FALSE;

  working_life.demonstration_id = id;
  working_life.side = POLKU_ASSESSOR_WORKING_LIFE;
  working_life.name = (char *) PICK (gen, coach_names);
  working_life.organisation = (char *) sites[workshop->site].fi;
  working_life.business_id = (char *) "1234567-1";
  working_life.role = (char *) "ammatillisennaytonarvioinnistapaattaneet_3";
  teacher.demonstration_id = id;
  teacher.side = POLKU_ASSESSOR_PROVIDER;
  teacher.name = (char *) teacher_names[workshop->site];
  teacher.provider_id = gen->provider_ids[workshop->site];
  teacher.role = (char *) "ammatillisennaytonarvioinnistapaattaneet_1";
  if (polku_store_add_assessor (gen->store, &working_life, error) == 0 ||
      polku_store_add_assessor (gen->store, &teacher, error) == 0)
    return FALSE;

  if (!polku_store_set_demonstration_unit (gen->store, id, unit->unit_id, 0,
                                           completed ? POLKU_OUTCOME_PASSED : POLKU_OUTCOME_PENDING,
                                           completed ? unit->level_id : 0, completed ? ends_on : NULL, error))
    return FALSE;
  if (completed && !polku_store_set_demonstration_participants (gen->store, id, participants, error))
    return FALSE;

  gen->n_demonstrations++;
  return TRUE;
}

static gboolean
create_learner (Generator  *gen,
                guint       index,
                guint       n_learners,
                GError    **error)
{
  Workshop *workshop = g_ptr_array_index (gen->workshops, g_rand_int_range (gen->rand, 0, (gint32) gen->workshops->len));
  Track *track = workshop->tracks[g_rand_int_range (gen->rand, 0, (gint32) workshop->n_tracks)];
  PolkuLearnerRecord learner = { 0 };
  PolkuPeriodRecord period = { 0 };
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autofree char *first = NULL;
  g_autofree char *email = NULL;
  g_autofree char *starts_on = NULL;
  g_autofree char *ends_on = NULL;
  g_autofree char *student_number = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  /* Learners spread over three years of history; the older ones archived. */
  int start = -(int) ((double) (n_learners - index) / n_learners * 3 * 365) + g_rand_int_range (gen->rand, -20, 20);
  int length = g_rand_int_range (gen->rand, 90, 300);
  gboolean archived = start + length < -30;
  gboolean student = g_rand_int_range (gen->rand, 0, 4) == 0;
  guint remaining = n_learners - index;
  guint quota_competences = (gen->target_competences - MIN (gen->target_competences, gen->n_competences)) / remaining;
  guint quota_demonstrations = (gen->target_demonstrations - MIN (gen->target_demonstrations, gen->n_demonstrations) + remaining - 1) / remaining;
  guint quota_decisions = (gen->target_decisions - MIN (gen->target_decisions, gen->n_decisions) + remaining - 1) / remaining;
  const char * const *names;
  guint n_names, planned = 0;
  gint64 id;

  if (g_rand_boolean (gen->rand))
    names = female_names, n_names = G_N_ELEMENTS (female_names);
  else
    names = male_names, n_names = G_N_ELEMENTS (male_names);
  if (g_rand_int_range (gen->rand, 0, 5) == 0)
    {
      const char *given = pick (gen, names, n_names), *middle;

      while ((middle = pick (gen, names, n_names)) == given)
        ;
      first = g_strdup_printf ("%s %s", given, middle);
    }
  else
    first = g_strdup (pick (gen, names, n_names));
  learner.first_names = first;
  learner.last_name = (char *) PICK (gen, last_names);
  email = g_strdup_printf ("oppija%u@example.invalid", index + 1);
  learner.email = email;
  learner.status = student ? POLKU_LEARNER_STATUS_OPISKELIJA : POLKU_LEARNER_STATUS_VALMENTAUTUJA;
  learner.coach = (char *) coach_names[(workshop->site * 4 + index) % G_N_ELEMENTS (coach_names)];
  learner.workshop_id = workshop->workshop_id;
  learner.urasuunnitelma = (char *) (student ? "urasuunnitelma_0002" : "urasuunnitelma_0001");
  if (student)
    {
      learner.provider_id = gen->provider_ids[workshop->site];
      student_number = g_strdup_printf ("%07u", 1000000 + index);
      learner.student_number = student_number;
    }
  if (index % 7 == 0)
    {
      learner.special_support = TRUE;
      learner.support_measures = (char *) "Selkeät kirjalliset työohjeet ja rauhallinen työpiste.";
    }
  if ((id = polku_store_add_learner (gen->store, &learner, error)) == 0)
    return FALSE;

  starts_on = day (start);
  ends_on = day (start + length);
  period.learner_id = id;
  period.kind = student ? POLKU_PERIOD_KIND_KOULUTUSSOPIMUS : POLKU_PERIOD_KIND_TRAINEE;
  period.workshop_id = workshop->workshop_id;
  period.starts_on = starts_on;
  period.ends_on = ends_on;
  period.supervisor = learner.coach;
  period.main_tasks = (char *) "Asiakastilaukset\nKonetyöt\nPajan siisteydestä huolehtiminen";
  if (student)
    {
      period.provider_id = gen->provider_ids[workshop->site];
      period.agreement_id = gen->agreement_ids[workshop->site];
      period.part_time_percent = 100;
    }
  if (polku_store_add_period (gen->store, &period, error) == 0)
    return FALSE;

  if ((plan = polku_store_get_plan (gen->store, id, error)) == NULL)
    return FALSE;
  g_free (plan->goal);
  plan->goal = g_strdup (PICK (gen, goal_texts));
  plan->peruste_id = track->peruste_id;
  g_free (plan->suoritustapa);
  plan->suoritustapa = g_strdup (track->suoritustapa);
  g_free (plan->starts_on);
  plan->starts_on = g_strdup (starts_on);
  if (!polku_store_update_plan (gen->store, plan, error))
    return FALSE;

  /* Units until the learner's share of the competence records is reached. */
  for (guint u = g_rand_int_range (gen->rand, 0, (gint32) track->units->len), n = 0;
       n < track->units->len && (planned < quota_competences || chosen->len == 0); n++, u++)
    {
      TrackUnit *unit = g_ptr_array_index (track->units, u % track->units->len);
      GArray *tasks = g_hash_table_lookup (workshop->unit_tasks, &unit->unit_id);
      gint64 plan_unit_id;

      if ((plan_unit_id = polku_store_add_plan_unit (gen->store, id, unit->unit_id, error)) == 0)
        return FALSE;
      if (tasks != NULL &&
          !polku_store_set_plan_unit_tasks (gen->store, plan_unit_id, (const gint64 *) tasks->data,
                                            MIN (tasks->len, 3), error))
        return FALSE;
      g_ptr_array_add (chosen, unit);
      planned += unit->requirement_ids->len;
    }

  /* Competence records: the earlier units further along than the later. */
  for (guint c = 0, left = quota_competences; c < chosen->len && left > 0; c++)
    {
      TrackUnit *unit = g_ptr_array_index (chosen, c);
      GArray *tasks = g_hash_table_lookup (workshop->unit_tasks, &unit->unit_id);
      guint n = MIN (left, unit->requirement_ids->len);
      PolkuCompetenceStatus status;

      if (archived || c + 2 < chosen->len)
        status = c < quota_demonstrations ? POLKU_COMPETENCE_DEMONSTRATED : POLKU_COMPETENCE_IDENTIFIED;
      else
        status = c % 2 == 0 ? POLKU_COMPETENCE_IDENTIFIED : POLKU_COMPETENCE_PRACTISING;
      if (!edit_unit_competences (gen, id, unit, n, status, tasks, start + 30 + (int) c * 20, error))
        return FALSE;
      left -= n;

      if (c < quota_demonstrations)
        {
          gboolean completed = status == POLKU_COMPETENCE_DEMONSTRATED;

          if (!add_demonstration (gen, id, workshop, unit, completed ? start + 40 + (int) c * 20 : 14 + (int) c * 7,
                                  completed, error))
            return FALSE;

          /* The education provider's review of a demonstrated unit. */
          for (guint r = 0; completed && r < n && quota_decisions > 0; r++, quota_decisions--)
            {
              int roll = g_rand_int_range (gen->rand, 0, 10);
              PolkuTeacherDecision decision = roll < 8 ? POLKU_TEACHER_DECISION_RECOGNISED
                                            : roll < 9 ? POLKU_TEACHER_DECISION_MORE_EVIDENCE
                                                       : POLKU_TEACHER_DECISION_NOT_RECOGNISED;
              g_autofree char *decided_on = day (MIN (-1, start + 50 + (int) c * 20));

              if (!polku_store_record_teacher_decision (gen->store, id,
                                                        g_array_index (unit->requirement_ids, gint64, r), decision,
                                                        decision == POLKU_TEACHER_DECISION_RECOGNISED ? NULL
                                                          : "Tarvitaan lisää näyttöä asiakastyöstä.",
                                                        teacher_names[workshop->site],
                                                        "Ammattiopisto (kuvitteellinen)", decided_on, error))
                return FALSE;
              gen->n_decisions++;
            }
        }
    }

  if (g_rand_int_range (gen->rand, 0, 2) == 0)
    {
      PolkuCheckinRecord checkin = { 0 };
      g_autofree char *held_on = day (start + 30);

      checkin.learner_id = id;
      checkin.held_on = held_on;
      checkin.participants = (char *) "Oppija ja valmentaja";
      checkin.record = (char *) "Jakso on alkanut hyvin; seuraavaksi harjoitellaan konetöitä.";
      if (polku_store_add_checkin (gen->store, &checkin, error) == 0)
        return FALSE;
    }

  if (archived && !polku_store_set_learner_archived (gen->store, id, TRUE, error))
    return FALSE;

  return TRUE;
}

static gboolean
in_transaction (Generator  *gen,
                gboolean  (*func) (Generator *, GError **),
                GError    **error)
{
  if (!polku_store_begin (gen->store, error))
    return FALSE;
  if (!func (gen, error))
    {
      polku_store_rollback (gen->store);
      return FALSE;
    }
  return polku_store_commit (gen->store, error);
}

static gboolean
create_learners (Generator  *gen,
                 GError    **error)
{
  guint n = scaled (gen, N_LEARNERS, 5);
  double t0 = polku_bench_now_ms ();

  gen->target_competences = scaled (gen, N_COMPETENCES, 10);
  gen->target_demonstrations = scaled (gen, N_DEMONSTRATIONS, 2);
  gen->target_decisions = scaled (gen, N_DECISIONS, 2);

  for (guint i = 0; i < n; i += LEARNERS_PER_TRANSACTION)
    {
      if (!polku_store_begin (gen->store, error))
        return FALSE;
      for (guint j = i; j < n && j < i + LEARNERS_PER_TRANSACTION; j++)
        if (!create_learner (gen, j, n, error))
          {
            polku_store_rollback (gen->store);
            return FALSE;
          }
      if (!polku_store_commit (gen->store, error))
        return FALSE;

      if (gen->verbose && (i / LEARNERS_PER_TRANSACTION) % 10 == 9)
        g_printerr ("  %u/%u learners, %.0f s\n", MIN (n, i + LEARNERS_PER_TRANSACTION), n,
                    (polku_bench_now_ms () - t0) / 1000);
    }

  return TRUE;
}

static gboolean
create_organisation (Generator  *gen,
                     GError    **error)
{
  return build_tracks (gen, error) && create_partners (gen, error) && create_workshops (gen, error);
}

static void
count (PolkuStore *store,
       const char *what,
       const char *sql)
{
  g_print ("  %-28s %" G_GINT64_FORMAT "\n", what, polku_store_query_int (store, sql, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *database = NULL;
  double scale = 1.0;
  int seed = 8;
  gboolean force = FALSE, verbose = FALSE;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, "The database to create", "FILE" },
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale, "Size relative to the default (1.0)", "X" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed", "N" },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, "Replace an existing file", NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Report progress", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- build a large fictional Polku database");
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuStore) store = NULL;
  Generator gen = { 0 };
  double t0, t_import, t_org, t_learners, t_end;
  guint n_perusteet = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (database == NULL || scale <= 0)
    {
      g_printerr ("Give --database FILE (and --scale X > 0).\n");
      return 2;
    }
  if (g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *wal = g_strconcat (database, "-wal", NULL);
      g_autofree char *shm = g_strconcat (database, "-shm", NULL);

      if (!force)
        {
          g_printerr ("%s exists; give --force to replace it.\n", database);
          return 2;
        }
      g_remove (database);
      g_remove (wal);
      g_remove (shm);
    }

  t0 = polku_bench_now_ms ();
  if ((store = polku_store_open (database, &error)) == NULL)
    goto fail;

  gen.store = store;
  gen.rand = g_rand_new_with_seed ((guint32) seed);
  gen.scale = scale;
  gen.verbose = verbose;

  if (!import_perusteet (&gen, &n_perusteet, &error))
    goto fail;
  t_import = polku_bench_now_ms ();
  if (!in_transaction (&gen, create_organisation, &error))
    goto fail;
  t_org = polku_bench_now_ms ();
  if (!create_learners (&gen, &error))
    goto fail;
  t_learners = polku_bench_now_ms ();
  if (!polku_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA optimize;", &error))
    goto fail;
  t_end = polku_bench_now_ms ();

  g_print ("Imported %u qualifications\n", n_perusteet);
  g_print ("Generated %s at scale %g in %.1f s (perusteet %.1f s, workshops %.1f s, learners %.1f s)\n",
           database, scale, (t_end - t0) / 1000, (t_import - t0) / 1000, (t_org - t_import) / 1000,
           (t_learners - t_org) / 1000);
  count (store, "qualifications", "SELECT count(*) FROM peruste");
  count (store, "requirements", "SELECT count(*) FROM requirement");
  count (store, "workshops", "SELECT count(*) FROM workshop");
  count (store, "tasks", "SELECT count(*) FROM task");
  count (store, "task mappings", "SELECT count(*) FROM task_requirement");
  count (store, "learners", "SELECT count(*) FROM learner");
  count (store, "active learners", "SELECT count(*) FROM learner WHERE archived = 0");
  count (store, "periods", "SELECT count(*) FROM learner_period");
  count (store, "planned units", "SELECT count(*) FROM plan_unit");
  count (store, "competence records", "SELECT count(*) FROM competence");
  count (store, "demonstrations", "SELECT count(*) FROM demonstration");
  count (store, "review decisions", "SELECT count(*) FROM competence WHERE teacher_decision IS NOT NULL");
  g_print ("RESULT generate\t%.3f\t0\ts\t-\t%s\n", (t_end - t0) / 1000, "generation time");

  g_ptr_array_unref (gen.workshops);
  g_ptr_array_unref (gen.tracks);
  g_rand_free (gen.rand);
  return 0;

fail:
  g_printerr ("polku-bench-generate: %s\n", error->message);
  return 1;
}
