/* polku-catalogue-text.h: choosing the language of a catalogue text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *polku_catalogue_text_pick (const char *fi,
                                       const char *sv,
                                       const char *en,
                                       gboolean    swedish,
                                       gboolean   *out_fallback);

G_END_DECLS
