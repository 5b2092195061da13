#!/usr/bin/env bash
# Mints an RS256 access token the app's bench profile accepts: signed with the private key in $1 (PEM), for the
# business (tenant id) $2 and the user $3, with the admin and staff roles, valid for a day.
#
#   bench/mint-token.sh key.pem 6e8c0f0a-... desk-1
set -euo pipefail
key=$1 tenant=$2 user=$3
b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"frontdesk-bench","aud":"frontdesk","sub":"%s","upn":"%s","tenant_id":"%s","groups":["admin","staff"],"iat":%d,"exp":%d}' \
    "$user" "$user" "$tenant" "$now" "$((now + 86400))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
