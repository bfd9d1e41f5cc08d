/* polku-eperusteet-client.h: finding and downloading perusteet from the ePerusteet API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define POLKU_EPERUSTEET_DEFAULT_URL "https://virkailija.opintopolku.fi/eperusteet-service"

/* One published peruste found by a search. */
#define POLKU_TYPE_PERUSTE_HIT (polku_peruste_hit_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPerusteHit, polku_peruste_hit, POLKU, PERUSTE_HIT, GObject)

gint64      polku_peruste_hit_get_id             (PolkuPerusteHit *self);
const char *polku_peruste_hit_get_diaarinumero   (PolkuPerusteHit *self);
const char *polku_peruste_hit_get_name_fi        (PolkuPerusteHit *self);
const char *polku_peruste_hit_get_name_sv        (PolkuPerusteHit *self);
/* name-fi, else name-sv, else the diaarinumero: never NULL */
const char *polku_peruste_hit_get_name           (PolkuPerusteHit *self);
const char *polku_peruste_hit_get_koulutustyyppi (PolkuPerusteHit *self);
/* ISO dates (YYYY-MM-DD, Europe/Helsinki) or NULL */
const char *polku_peruste_hit_get_valid_from     (PolkuPerusteHit *self);
const char *polku_peruste_hit_get_valid_until    (PolkuPerusteHit *self);

/* TRUE for the koulutustyyppi values Polku imports (vocational and preparatory). */
gboolean    polku_eperusteet_koulutustyyppi_is_supported (const char *koulutustyyppi);


#define POLKU_TYPE_EPERUSTEET_CLIENT (polku_eperusteet_client_get_type ())

G_DECLARE_FINAL_TYPE (PolkuEperusteetClient, polku_eperusteet_client, POLKU, EPERUSTEET_CLIENT, GObject)

/* Called in the thread-default main context of the caller of download_async.
 * total is -1 when the server does not say. */
typedef void (*PolkuDownloadProgressFunc) (goffset  received,
                                           goffset  total,
                                           gpointer user_data);

/* base_url NULL = POLKU_EPERUSTEET_DEFAULT_URL */
PolkuEperusteetClient *polku_eperusteet_client_new             (const char             *base_url);

const char            *polku_eperusteet_client_get_base_url    (PolkuEperusteetClient  *self);
void                   polku_eperusteet_client_set_base_url    (PolkuEperusteetClient  *self,
                                                                const char             *base_url);
/* "timeout": seconds without any data before a request fails (default 30) */
guint                  polku_eperusteet_client_get_timeout     (PolkuEperusteetClient  *self);
void                   polku_eperusteet_client_set_timeout     (PolkuEperusteetClient  *self,
                                                                guint                   seconds);
/* "max-size": largest accepted answer in bytes (default 64 MiB) */
guint64                polku_eperusteet_client_get_max_size    (PolkuEperusteetClient  *self);
void                   polku_eperusteet_client_set_max_size    (PolkuEperusteetClient  *self,
                                                                guint64                 max_size);

/* The address of one peruste: {base}/api/external/peruste/{id} */
char                  *polku_eperusteet_client_dup_peruste_url (PolkuEperusteetClient  *self,
                                                                gint64                  peruste_id);

/* Search: a list model of PolkuPerusteHit, vocational and preparatory perusteet only.
 * The query is a name, a diaarinumero (OPH-5410-2021, 59/011/2014) or a code
 * (koulutus_351301, tutkinnonosat_106945, 351301). */
GListModel            *polku_eperusteet_client_search          (PolkuEperusteetClient  *self,
                                                                const char             *query,
                                                                GCancellable           *cancellable,
                                                                GError                **error);
void                   polku_eperusteet_client_search_async    (PolkuEperusteetClient  *self,
                                                                const char             *query,
                                                                GCancellable           *cancellable,
                                                                GAsyncReadyCallback     callback,
                                                                gpointer                user_data);
GListModel            *polku_eperusteet_client_search_finish   (PolkuEperusteetClient  *self,
                                                                GAsyncResult           *result,
                                                                GError                **error);

/* Download: the whole peruste document (checked to be a JSON object). */
GBytes                *polku_eperusteet_client_download        (PolkuEperusteetClient  *self,
                                                                gint64                  peruste_id,
                                                                GCancellable           *cancellable,
                                                                GError                **error);
void                   polku_eperusteet_client_download_async  (PolkuEperusteetClient  *self,
                                                                gint64                  peruste_id,
                                                                GCancellable           *cancellable,
                                                                PolkuDownloadProgressFunc progress,
                                                                gpointer                progress_data,
                                                                GDestroyNotify          progress_destroy,
                                                                GAsyncReadyCallback     callback,
                                                                gpointer                user_data);
GBytes                *polku_eperusteet_client_download_finish (PolkuEperusteetClient  *self,
                                                                GAsyncResult           *result,
                                                                GError                **error);

/* For the command line: search by diaarinumero and take the exact match (its id). */
gint64                 polku_eperusteet_client_find_by_diaarinumero  (PolkuEperusteetClient *self,
                                                                      const char            *diaarinumero,
                                                                      GCancellable          *cancellable,
                                                                      GError               **error);
/* The same, then download it. */
GBytes                *polku_eperusteet_client_fetch_by_diaarinumero (PolkuEperusteetClient *self,
                                                                      const char            *diaarinumero,
                                                                      GCancellable          *cancellable,
                                                                      GError               **error);

G_END_DECLS
