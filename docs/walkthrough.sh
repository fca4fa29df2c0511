#!/usr/bin/env bash
# The README's curl walk-through, runnable as it is against a freshly started platform (default ports).
set -euo pipefail
tok() { curl -s -d username=$1 http://127.0.0.1:8090/token | jq -r .access_token; }
D=http://127.0.0.1:8081/api/v1; E=http://127.0.0.1:8082/api/v1
R=http://127.0.0.1:8083/api/v1; N=http://127.0.0.1:8084/api/v1
PROVINCE=$(tok province.officer); DISTRICT=$(tok district.mo-duc); PRODUCER=$(tok producer.mo-duc)
json() { curl -s -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuidgen 2>/dev/null || date +%s%N)" "$@"; }

# 1. The province opens round 1 of 2020; the district registers a producer (id = PR-<registration number>)
json -X POST $D/rounds -H "Authorization: Bearer $PROVINCE" \
  -d '{"year":2020,"number":1,"districtDeadline":"2020-04-10","provinceDeadline":"2020-05-31"}' | jq -c '{id,legalBasis}'
json -X POST $D/producers -H "Authorization: Bearer $DISTRICT" -d '{"kind":"COOPERATIVE",
  "name":"HTX Nông nghiệp Đức Lợi","registrationNumber":"4300100001","districtCode":"533","communeCode":"21403",
  "contact":{"name":"Nguyễn Văn A","phone":"0912345678","email":"htx@example.vn"}}' | jq -c '{id,name}'
# the district officer puts their own address in the (empty) contact directory, so that alerts reach them
json -X POST $N/contacts -H "Authorization: Bearer $DISTRICT" -d '{"id":"ct-dist-533","name":"Cán bộ OCOP huyện Mộ Đức",
  "role":"DISTRICT_OFFICER","districtCode":"533","email":"ocop.huyen533@example.gov.vn","channels":["EMAIL"]}' \
  | jq -c '{id,role,districtCode}'

# 2. The producer opens a dossier, uploads every mandatory document (type checked from the bytes) and submits
ID=$(json -X POST $D/dossiers -H "Authorization: Bearer $PRODUCER" -d '{"roundId":"2020-1",
  "producerId":"PR-4300100001","productName":"Mạch nha Mộ Đức","productGroup":"FOOD_PROCESSED",
  "description":"Mạch nha truyền thống"}' | jq -r .id)
printf '%%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' > /tmp/ocop-doc.pdf
for T in $(curl -s $D/dossiers/$ID -H "Authorization: Bearer $PRODUCER" | jq -r '.checklist.missing[]'); do
  curl -s -X POST $D/dossiers/$ID/attachments -H "Authorization: Bearer $PRODUCER" \
    -F documentType=$T -F "file=@/tmp/ocop-doc.pdf;filename=$T.pdf" | jq -c '{documentType,sha256}'
done
json -X POST $D/dossiers/$ID/submit -H "Authorization: Bearer $PRODUCER" | jq -c '{id,status}'
sleep 3   # the walk-through only: give the events a moment to travel (tests wait for conditions instead)

# 3. Every service learnt of it through Kafka: the funnel counts it, the district was e-mailed
curl -s $R/funnel -H "Authorization: Bearer $PROVINCE" | jq -c '{total,byStatus}'
curl -s "$N/deliveries?eventType=vn.ocop.dossier.submitted.v1" -H "Authorization: Bearer $(tok operator)" \
  | jq -c '.[] | {channel,status,recipient,subject}'

# 4. The district accepts → evaluation-service opens the district evaluation
json -X POST $D/dossiers/$ID/accept -H "Authorization: Bearer $DISTRICT" | jq -c '{status}'
sleep 2
curl -s "$E/evaluations?district=533" -H "Authorization: Bearer $DISTRICT" | jq -c '.[] | {id,level,status}'

# 5. The district council (three members) scores with the food sample sheet and the chair finalises
json -X POST $E/councils -H "Authorization: Bearer $DISTRICT" -d '{"id":"HD-533","name":"Hội đồng huyện Mộ Đức",
  "level":"DISTRICT","unit":"533","members":[{"userId":"council.mo-duc.chair","name":"Chủ tịch","role":"CHAIR"},
  {"userId":"council.mo-duc.member1","name":"Thành viên","role":"MEMBER"},
  {"userId":"council.mo-duc.member2","name":"Thư ký","role":"SECRETARY"}]}' | jq -c '{id,level}'
json -X POST $E/evaluations/$ID:DISTRICT/assign -H "Authorization: Bearer $DISTRICT" \
  -d '{"councilId":"HD-533","sessionDate":"2020-03-30"}' | jq -c .assignment
# every member picks the best answer of each criterion except the first fifteen (a second-best answer there): 85 points, 4★
ANSWERS=$(curl -s $E/criteria-sheets/QD1048-FOOD-SAMPLE -H "Authorization: Bearer $(tok council.mo-duc.chair)" \
  | jq -c '[.parts[].criteria[]] | to_entries | map({key: .value.code, value: ((.value.options
      | map(select(.failsMandatory != true)) | sort_by(-.points)) as $o | if .key < 15 then $o[1].code else $o[0].code end)})
      | from_entries')
for M in council.mo-duc.chair council.mo-duc.member1 council.mo-duc.member2; do
  curl -s -X PUT $E/evaluations/$ID:DISTRICT/score-sheets/me -H "Authorization: Bearer $(tok $M)" \
    -H 'Content-Type: application/json' -d "{\"answers\":$ANSWERS}" | jq -c '{member: .memberId, total}'
done
json -X POST $E/evaluations/$ID:DISTRICT/finalise -H "Authorization: Bearer $(tok council.mo-duc.chair)" \
  | jq -c '.result | {score,stars,qualifiesForProvince}'
sleep 2

# 6. The result reached the dossier; 10 April 2020 has passed, so forwarding needs the province's exception
curl -s $D/dossiers/$ID -H "Authorization: Bearer $DISTRICT" | jq -c '{status,districtResult}'
json -X POST $D/dossiers/$ID/forward -H "Authorization: Bearer $DISTRICT" | jq -c '{status,code,deadline,detail_vi}'
json -X POST $D/dossiers/$ID/deadline-exception -H "Authorization: Bearer $PROVINCE" \
  -d '{"reason":"Hội đồng huyện họp muộn do dịch COVID-19"}' | jq -c '{status}'
json -X POST $D/dossiers/$ID/forward -H "Authorization: Bearer $DISTRICT" | jq -c '{status,forwardedLate}'
curl -s $D/dossiers/$ID/history -H "Authorization: Bearer $PRODUCER" | jq -c '.[] | {from,to,actor}'

# 7. Bad input is refused with RFC 9457 problem+json, in English and Vietnamese, and changes nothing
json -X POST $D/dossiers -H "Authorization: Bearer $PRODUCER" -d '{"roundId":"2020-1","producerId":"PR-4300100001",
  "productName":"","productGroup":"FOOD_PROCESSED","status":"RECOGNIZED"}' | jq -c '{status,detail,detail_vi,errors}'
curl -s $D/dossiers/$ID -H "Authorization: Bearer $(tok district.ba-to)" | jq -c '{status,code}'   # other district: 404
