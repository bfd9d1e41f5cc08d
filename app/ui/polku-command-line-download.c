/* polku-command-line-download.c: `polku --download DIAARINUMERO…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-command-line-download.h"
#include "polku-eperusteet-client.h"
#include "polku-eperusteet.h"
#include "polku-store.h"

/* The address from the settings when the schema is there (installed or in
 * GSETTINGS_SCHEMA_DIR), else ePerusteet's own. */
static char *
configured_base_url (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "eperusteet-url"))
    return g_strdup (POLKU_EPERUSTEET_DEFAULT_URL);

  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_string (settings, "eperusteet-url");
}

int
polku_command_line_download (const char         *database_path,
                             const char         *base_url,
                             const char * const *diaarinumerot)
{
  g_autoptr(PolkuEperusteetClient) client = NULL;
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *url = NULL;
  int status = 0;

  if (diaarinumerot == NULL || diaarinumerot[0] == NULL)
    {
      g_printerr ("%s\n", _("Give the diaarinumero of each peruste to download, for example OPH-5410-2021."));
      return 1;
    }

  path = database_path != NULL ? g_strdup (database_path) : polku_store_default_path ();
  store = polku_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  url = base_url != NULL ? g_strdup (base_url) : configured_base_url ();
  client = polku_eperusteet_client_new (url);

  for (guint i = 0; diaarinumerot[i] != NULL; i++)
    {
      g_autoptr(PolkuImportSummary) summary = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *source = NULL;
      g_autofree char *line = NULL;
      gint64 id;

      id = polku_eperusteet_client_find_by_diaarinumero (client, diaarinumerot[i], NULL, &local_error);
      if (id != 0)
        bytes = polku_eperusteet_client_download (client, id, NULL, &local_error);
      if (bytes != NULL)
        {
          source = polku_eperusteet_client_dup_peruste_url (client, id);
          summary = polku_eperusteet_import_bytes (store, bytes, source, &local_error);
        }

      if (summary == NULL)
        {
          g_printerr ("%s: %s\n", diaarinumerot[i], local_error->message);
          status = 1;
          continue;
        }

      line = polku_import_summary_to_line (summary);
      g_print ("%s\n", line);
    }

  return status;
}
