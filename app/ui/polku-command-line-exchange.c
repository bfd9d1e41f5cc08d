/* polku-command-line-exchange.c: exchange files on the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-command-line.h"
#include "polku-command-line-exchange.h"
#include "polku-exchange.h"
#include "polku-exchange-xml.h"
#include "polku-store.h"
#include "polku-store-learners.h"

/* A new user does not know the provider's id: list the ones the learner has
 * an active consent for. */
static void
print_consented_providers (PolkuStore *store,
                           gint64      learner_id)
{
  g_autoptr(GPtrArray) consents = polku_store_list_consents (store, learner_id, NULL);
  g_autoptr(GDate) today = g_date_new ();
  guint n = 0;

  g_date_set_time_t (today, time (NULL));
  for (guint i = 0; consents != NULL && i < consents->len; i++)
    {
      PolkuConsentRecord *consent = g_ptr_array_index (consents, i);

      if (consent->provider_id <= 0 || !polku_consent_record_is_active (consent, today))
        continue;
      if (n++ == 0)
        g_printerr ("%s\n", _("Education providers this learner has consented to share data with:"));
      g_printerr ("  %" G_GINT64_FORMAT "\t%s\n", consent->provider_id,
                  consent->provider_name != NULL ? consent->provider_name : "");
    }

  if (n == 0 && consents != NULL)
    g_printerr ("%s\n", _("This learner has no active consent to share data with an education provider. Record the consent first."));
}

int
polku_command_line_export_exchange (const char *database_path,
                                    const char *kind,
                                    gint64      learner_id,
                                    gint64      provider_id,
                                    gint64      workshop_id,
                                    gboolean    student_number,
                                    const char *output)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean ok;

  if (output == NULL)
    {
      g_printerr ("%s\n", _("Give the file to write with --output FILE."));
      return 1;
    }

  if (g_strcmp0 (kind, "task-map") == 0 ? workshop_id <= 0 : learner_id <= 0)
    {
      g_printerr ("%s\n", g_strcmp0 (kind, "task-map") == 0 ? _("Give the workshop with --workshop ID.")
                                                            : _("Give the learner with --learner ID (see --list-learners)."));
      return 1;
    }

  store = polku_command_line_open_store (database_path);
  if (store == NULL)
    return 1;

  if (g_strcmp0 (kind, "package") == 0 && provider_id <= 0)
    {
      g_printerr ("%s\n", _("Give the receiving education provider with --provider ID."));
      print_consented_providers (store, learner_id);
      return 1;
    }

  file = polku_command_line_file_new (output);

  if (g_strcmp0 (kind, "package") == 0)
    {
      PolkuPackageOptions options;
      g_autofree char *description = NULL;

      polku_package_options_init (&options);
      options.learner_id = learner_id;
      options.provider_id = provider_id;
      options.include_student_number = student_number;
      options.include_observations = TRUE;
      options.include_own_views = TRUE;
      options.include_evidence = TRUE;

      /* Without --provider: the learner's only provider with an active consent is
       * not guessed; the coach names the receiver. */
      description = polku_exchange_describe_package (store, &options, &error);
      ok = description != NULL && polku_exchange_export_package (store, &options, file, &error);
      if (ok)
        g_print ("%s\n", description);
    }
  else if (g_strcmp0 (kind, "decisions") == 0)
    ok = polku_exchange_export_decisions (store, learner_id, file, &error);
  else
    ok = polku_exchange_export_task_map (store, workshop_id, file, &error);

  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

static const char *
change_label (PolkuExchangeChangeKind kind)
{
  switch (kind)
    {
    case POLKU_EXCHANGE_CHANGE_NEW:
      return C_("exchange change", "new");
    case POLKU_EXCHANGE_CHANGE_UPDATED:
      return C_("exchange change", "updated");
    case POLKU_EXCHANGE_CHANGE_CONFLICT:
      return C_("exchange change", "conflict");
    case POLKU_EXCHANGE_CHANGE_UNCHANGED:
    default:
      return C_("exchange change", "unchanged");
    }
}

/* An exchange file by its content, or any file named *.xml (so that a broken
 * one gets the exchange reader's reason); the rest goes to the ePerusteet import. */
static gboolean
file_is_exchange (GFile *file)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBytes) head = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name, -1);

  g_autoptr(GFileInfo) info = NULL;

  if (g_str_has_suffix (lower, ".xml"))
    return TRUE;

  /* A FIFO would block in open() and a device may never end: the exchange
   * reader refuses those without opening them. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    return TRUE;
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return FALSE;

  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL)
    return FALSE;
  head = g_input_stream_read_bytes (G_INPUT_STREAM (stream), 4096, NULL, NULL);
  return head != NULL && polku_exchange_bytes_look_like_xml (head);
}

/* Text from a file goes to a terminal: control characters (C1 includes CSI)
 * and bidirectional overrides could disguise what is printed. */
static char *
printable (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
import_exchange (PolkuStore  *store,
                 GFile       *file,
                 gboolean     dry_run)
{
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *sender = NULL;
  GPtrArray *changes;
  guint n_conflicts;

  import = polku_exchange_import_prepare (store, file, &error);
  if (import == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  changes = polku_exchange_import_get_changes (import);
  /* Translators: the first %s is a kind of file (Competence package, …), the second a
   * file name, the third the organisation that sent it. */
  sender = printable (polku_exchange_import_get_sender (import));
  g_print (_("%s “%s” from %s:"), polku_exchange_kind_get_title (polku_exchange_import_get_kind (import)),
           name, sender);
  g_print ("\n");
  for (guint i = 0; i < changes->len; i++)
    {
      PolkuExchangeChange *change = g_ptr_array_index (changes, i);
      g_autofree char *subject = printable (change->subject);
      g_autofree char *detail = printable (change->detail);

      if (change->detail != NULL)
        g_print ("  %s: %s — %s\n", change_label (change->kind), subject, detail);
      else
        g_print ("  %s: %s\n", change_label (change->kind), subject);
    }

  if (dry_run)
    {
      g_print ("%s\n", _("Dry run: nothing was written."));
      return TRUE;
    }

  if (!polku_exchange_import_apply (store, import, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  n_conflicts = polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_CONFLICT);
  if (n_conflicts == 0 && polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_NEW) == 0 &&
      polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_UPDATED) == 0)
    g_print ("%s\n", _("Nothing needed changing."));
  else if (n_conflicts == 0)
    g_print ("%s\n", _("The changes were saved."));
  else
    {
      /* Translators: %u is a number of conflicts listed above. */
      g_print (g_dngettext (GETTEXT_PACKAGE, "The changes were saved; %u conflict was left as it is.",
                            "The changes were saved; %u conflicts were left as they are.", n_conflicts),
               n_conflicts);
      g_print ("\n");
    }

  return TRUE;
}

int
polku_command_line_import_any (const char         *database_path,
                               const char * const *files,
                               gboolean            dry_run)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GPtrArray) json_files = g_ptr_array_new ();
  int status = 0;

  if (files == NULL || files[0] == NULL)
    return polku_command_line_import (database_path, files);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = polku_command_line_file_new (files[i]);

      if (!file_is_exchange (file))
        {
          if (dry_run)
            {
              /* Translators: %s is a file name. */
              g_printerr (_("“%s”: --dry-run works only with exchange files; nothing was imported."), files[i]);
              g_printerr ("\n");
              status = 1;
            }
          else
            g_ptr_array_add (json_files, (gpointer) files[i]);
          continue;
        }

      if (store == NULL && dry_run)
        {
          g_autofree char *path = database_path != NULL ? g_strdup (database_path) : polku_store_default_path ();

          /* Opening would create the database: a dry run writes nothing. */
          if (!g_file_test (path, G_FILE_TEST_EXISTS))
            {
              /* Translators: %s is the path of the database file. */
              g_printerr (_("There is no database at “%s” yet, so there is nothing to compare with; nothing was written."),
                          path);
              g_printerr ("\n");
              return 1;
            }
        }

      if (store == NULL)
        {
          store = polku_command_line_open_store (database_path);
          if (store == NULL)
            return 1;
        }

      if (!import_exchange (store, file, dry_run))
        status = 1;
    }

  if (json_files->len > 0)
    {
      g_clear_object (&store);
      g_ptr_array_add (json_files, NULL);
      if (polku_command_line_import (database_path, (const char * const *) json_files->pdata) != 0)
        status = 1;
    }

  return status;
}
