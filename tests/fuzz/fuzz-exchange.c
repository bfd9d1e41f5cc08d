/* fuzz-exchange.c: libFuzzer harness for reading exchange files: the checks
 * before parsing, libxml2, the schema, and the comparison with a database.
 *
 * The database: POLKU_FUZZ_DATABASE when set; else a fresh one with the demo's
 * two qualifications (from POLKU_SHARED_DATA/eperusteet, when there) and the
 * demo, where the student learner gets the exchange UUID of the seed files in
 * tests/fuzz/corpus, so that mutated inputs reach the comparison code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/parser.h>

#include "polku-demo.h"
#include "polku-eperusteet.h"
#include "polku-exchange.h"
#include "polku-exchange-xml.h"
#include "polku-store.h"
#include "polku-store-exchange.h"

#define SEED_UUID "299c72f7-0ffd-4b48-8cbc-14e8da4e284e"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static PolkuStore *store;

static void
silence (void       *user_data,
         const char *message,
         ...)
{
}

static void
fill (PolkuStore *target)
{
  static const char * const files[] = {
    "puuteollisuuden-perustutkinto_OPH-2455-2017.json",
    "ajoneuvoalan-perustutkinto_OPH-5410-2021.json",
  };
  const char *shared = g_getenv ("POLKU_SHARED_DATA");
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 learner_id;

  if (shared == NULL)
    shared = POLKU_FUZZ_SHARED_DATA;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (shared, "eperusteet", files[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(PolkuImportSummary) summary = NULL;

      summary = polku_eperusteet_import_file (target, file, NULL, &error);
      if (summary == NULL)
        {
          g_printerr ("fuzz-exchange: no catalogue (%s); fuzzing with an empty database\n", error->message);
          return;
        }
    }

  if (polku_demo_fill (target, report, &error) != 0)
    g_error ("fuzz-exchange: demo: %s", error->message);

  learner_id = polku_store_query_int (target, "SELECT learner_id FROM learner WHERE student_number IS NOT NULL "
                                      "ORDER BY learner_id LIMIT 1", &error);
  g_assert_no_error (error);
  if (learner_id > 0 && !polku_store_set_learner_exchange_uuid (target, learner_id, SEED_UUID, &error))
    g_error ("fuzz-exchange: %s", error->message);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *database = g_getenv ("POLKU_FUZZ_DATABASE");

  xmlSetGenericErrorFunc (NULL, silence);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  if (database != NULL)
    path = g_strdup (database);
  else
    {
      dir = g_dir_make_tmp ("polku-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "polku.db", NULL);
    }

  store = polku_store_open (path, &error);
  g_assert_no_error (error);

  if (database == NULL)
    fill (store);

  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(GError) error = NULL;

  /* Only prepare: it must never write, so every input sees the same database. */
  import = polku_exchange_import_prepare_bytes (store, bytes, "fuzz.xml", &error);
  g_assert ((import == NULL) != (error == NULL));
  if (import != NULL)
    {
      GPtrArray *changes = polku_exchange_import_get_changes (import);

      for (guint i = 0; i < changes->len; i++)
        g_assert_nonnull (((PolkuExchangeChange *) g_ptr_array_index (changes, i))->subject);
    }
  g_assert_false (polku_store_in_transaction (store));
  return 0;
}
